package org.gradientlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's own CSV: every bad row reported with its line and reason, good files read exactly. */
class CsvImportTest {

  private static CsvImport.Result classification(String text) {
    return CsvImport.read(text, "points.csv", "points", CsvImport.Shape.CLASSIFICATION, 2000);
  }

  @Test
  void aFileWithAHeaderReadsEveryRowWithItsColumnNames() {
    CsvImport.Result r = classification("a,b,class\n0.5,-1,0\n1e-1,2,1\n\"3\", 4 ,1\n-2,0.25,0\n");
    assertThat(r.ok()).isTrue();
    assertThat(r.problems()).isEmpty();
    Dataset d = r.dataset();
    assertThat(d.featureNames()).containsExactly("a", "b");
    assertThat(d.size()).isEqualTo(4);
    assertThat(d.row(1)).containsExactly(0.1, 2.0);
    assertThat(d.row(2)).containsExactly(3.0, 4.0);
    assertThat(d.targetVector()).containsExactly(0, 1, 1, 0);
    assertThat(r.preview()).hasSize(4);
    assertThat(r.preview().get(0)).containsExactly("0.5", "-1", "0");
  }

  @Test
  void everyBadRowIsReportedWithItsLineNumberAndReason() {
    String text = String.join("\n",
        "x1,x2,label",        // 1
        "0,0,0",              // 2
        "1,2",                // 3: too few values
        "",                   // 4: blank, skipped
        "1,two,1",            // 5: not a number
        "# a comment",        // 6: skipped
        "1,1,2",              // 7: not a label
        "NaN,1,1",            // 8: not finite
        "0.5;0.5;1",          // 9: semicolons
        "2,2,1");             // 10
    CsvImport.Result r = classification(text);
    assertThat(r.ok()).isFalse();
    assertThat(r.dataset()).isNull();
    assertThat(r.problems()).extracting(CsvImport.Problem::line).containsExactly(3, 5, 7, 8, 9);
    assertThat(r.problems().get(0).reason()).isEqualTo("expected 3 values (x1, x2, label), found 2");
    assertThat(r.problems().get(1).reason()).isEqualTo("x2 (column 2) is not a number: 'two'");
    assertThat(r.problems().get(2).reason()).isEqualTo("the label (column 3) must be 0 or 1, was 2");
    assertThat(r.problems().get(3).reason()).isEqualTo("x1 (column 1) is not a finite number: 'NaN'");
    assertThat(r.problems().get(4).reason()).endsWith("(values must be separated by commas)");
    assertThat(r.problemText()).startsWith("line 3: expected 3 values");
    assertThat(r.rows()).isEqualTo(7);
  }

  @Test
  void manyBadRowsAreListedUpToALimitAndCounted() {
    StringBuilder b = new StringBuilder("0,0,0\n1,1,1\n");
    for (int i = 0; i < CsvImport.MAX_LISTED + 5; i++) {
      b.append("x,0,1\n");
    }
    CsvImport.Result r = classification(b.toString());
    assertThat(r.problems()).hasSize(CsvImport.MAX_LISTED);
    assertThat(r.unlisted()).isEqualTo(5);
    assertThat(r.problems().get(0).line()).isEqualTo(3); // no header: the first line is data
    assertThat(r.problemText()).endsWith("… and 5 more");
  }

  @Test
  void theRowsTogetherMustMakeAProblem() {
    assertThat(classification("0,0,1\n1,0,1\n0,1,1\n1,1,1\n").problemText())
        .isEqualTo("every label is 1: both classes must appear");
    assertThat(classification("x1,x2,label\n0,0,1\n").problemText())
        .isEqualTo("the file has 1 rows; at least 4 are needed");
    assertThat(classification("").problemText()).isEqualTo("the file has no data rows");
    assertThat(classification("x,y\n1,2\n").problems().get(0))
        .isEqualTo(new CsvImport.Problem(1, "the header names 2 columns; two features and a 0/1 label are 3"
            + " columns, e.g. x₁,x₂,label"));
    CsvImport.Result line = CsvImport.read("x,y\n2,1\n2,3\n", "l.csv", "l", CsvImport.Shape.LINE, 10);
    assertThat(line.problemText()).isEqualTo("every x is 2: a line needs at least two different x");
    CsvImport.Result many = CsvImport.read("1,1\n2,2\n3,3\n", "l.csv", "l", CsvImport.Shape.LINE, 2);
    assertThat(many.problems()).containsExactly(new CsvImport.Problem(3, "more than 2 rows: the file must have at most 2"));
  }

  @Test
  void aDatasetWrittenAsTextReadsBackEqual() {
    Dataset moons = ToyDatasets.moons(30, 0.2, 4);
    CsvImport.Result r = CsvImport.read(CsvImport.text(moons), "m.csv", "moons", CsvImport.Shape.CLASSIFICATION, 100);
    assertThat(r.dataset()).isEqualTo(moons);
    Dataset line = new Dataset("line", new double[][] {{0.1}, {1.0 / 3}}, new double[] {Math.PI, -2}, List.of("x"));
    assertThat(CsvImport.read(CsvImport.text(line), "l.csv", "line", CsvImport.Shape.LINE, 10).dataset())
        .isEqualTo(line);
  }

  @Test
  void aFileIsNamedAfterItselfAndOneThatIsNotTextIsRefused(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("my points.csv");
    Files.writeString(good, "\uFEFFx1,x2,label\r\n0,0,0\r\n0,1,1\r\n1,0,1\r\n1,1,0\r\n");
    CsvImport.Result r = CsvImport.read(good, CsvImport.Shape.CLASSIFICATION, 100);
    assertThat(r.dataset().name()).isEqualTo("my points");
    assertThat(r.dataset().size()).isEqualTo(4);
    Path binary = dir.resolve("image.csv");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
    assertThat(CsvImport.read(binary, CsvImport.Shape.CLASSIFICATION, 100).problemText())
        .isEqualTo("the file is not UTF-8 text (save it as CSV, UTF-8)");
    assertThat(CsvImport.read(dir.resolve("missing.csv"), CsvImport.Shape.CLASSIFICATION, 100).problemText())
        .startsWith("cannot read");
  }
}
