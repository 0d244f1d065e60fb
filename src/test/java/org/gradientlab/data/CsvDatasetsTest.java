package org.gradientlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvDatasetsTest {

  @Test
  void theShippedDatasetsHaveTheirDocumentedShape() {
    Dataset cancer = CsvDatasets.resource("/assets/datasets/breast_cancer.csv", "breast cancer");
    assertThat(cancer.size()).isEqualTo(569);
    assertThat(cancer.featureCount()).isEqualTo(30);
    int benign = 0;
    for (int i = 0; i < cancer.size(); i++) {
      assertThat(cancer.target(i)).isIn(0.0, 1.0);
      benign += (int) cancer.target(i);
    }
    assertThat(benign).isEqualTo(357); // 212 malignant, 357 benign, as the dataset's description says
    Dataset diabetes = CsvDatasets.resource("/assets/datasets/diabetes.csv", "diabetes");
    assertThat(diabetes.size()).isEqualTo(442);
    assertThat(diabetes.featureNames()).startsWith("age", "sex", "bmi");
  }

  @Test
  void standardisingUsesTrainingStatisticsOnly() {
    Dataset d = CsvDatasets.resource("/assets/datasets/diabetes.csv", "diabetes");
    Split split = Split.of(d, 0.5, 1);
    Standardizer s = Standardizer.fit(split.train());
    Dataset train = s.apply(split.train());
    for (int j = 0; j < train.featureCount(); j++) {
      double mean = 0;
      double sq = 0;
      for (int i = 0; i < train.size(); i++) {
        mean += train.feature(i, j) / train.size();
        sq += train.feature(i, j) * train.feature(i, j) / train.size();
      }
      assertThat(mean).isCloseTo(0, within(1e-12));
      assertThat(Math.sqrt(sq - mean * mean)).isCloseTo(1, within(1e-12));
    }
    assertThat(Split.of(d, 0.5, 1)).isEqualTo(split);
    assertThat(Split.of(d, 0.5, 2).train()).isNotEqualTo(split.train());
    assertThat(split.train().size() + split.validation().size()).isEqualTo(442);
  }

  @Test
  void aMalformedFileIsReportedWithItsLine() {
    String csv = "a,b,y\n1,2,3\n4,five,6\n";
    assertThatThrownBy(() -> CsvDatasets.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "bad.csv", "bad")).hasMessage("bad.csv:3: column 2 is not a number: 'five'");
    String ragged = "a,b,y\n1,2,3\n4,5\n";
    assertThatThrownBy(() -> CsvDatasets.read(new ByteArrayInputStream(ragged.getBytes(StandardCharsets.UTF_8)),
        "ragged.csv", "r")).hasMessage("ragged.csv:3: expected 3 values, found 2");
  }
}
