package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The net scene keys of races, validation splits and own data, in text and back. */
class NetSceneCodecTest {

  @TempDir
  Path dir;

  private NetSceneCodec codec() {
    return new NetSceneCodec(OptimizerCatalog.standard(), dir);
  }

  private NetScene parse(String text) throws SceneFormatException {
    return codec().parse(text, NetScene.initial());
  }

  @Test
  void aRaceWithItsOwnHyperparametersAndASplitReadsBackEqual() throws Exception {
    NetScene s = parse("optimizers: GD, Adam, Momentum\neta: 0.02, GD=0.5\nalpha: 0.8\nvalidation: 0.3\n"
        + "dataset: moons\nsteps: 12");
    assertThat(s.optimizers()).containsExactly(GradientDescent.KIND, Adam.KIND, Momentum.KIND);
    assertThat(s.optimizer()).isEqualTo(GradientDescent.KIND);
    assertThat(s.config(GradientDescent.KIND).learningRate()).isEqualTo(0.5);
    assertThat(s.config(Adam.KIND).learningRate()).isEqualTo(0.02);
    assertThat(s.config(Momentum.KIND).values().get("alpha")).isEqualTo(0.8);
    assertThat(s.validation()).isEqualTo(0.3);
    String text = codec().write(s);
    assertThat(text).contains("optimizers: GD, Adam, Momentum\n").contains("validation: 0.3\n")
        .contains("eta: 0.02, GD=0.5\n");
    assertThat(codec().parse(text, NetScene.initial())).isEqualTo(s);
  }

  @Test
  void optimizerStillNamesARaceOfOne() throws Exception {
    NetScene s = codec().parse("optimizer: Momentum", parse("optimizers: GD, Adam"));
    assertThat(s.optimizers()).containsExactly(Momentum.KIND);
    assertThat(NetScene.initial().optimizers()).containsExactly(Adam.KIND);
  }

  @Test
  void aDataFileIsReadWholeAndWrittenAsItsPath() throws Exception {
    Path file = dir.resolve("points.csv");
    Files.writeString(file, CsvImport.text(ToyDatasets.moons(40, 0.1, 3)));
    NetScene s = parse("data: points.csv\nvalidation: 0.25");
    assertThat(s.imported().source()).isEqualTo("points.csv");
    var moons = ToyDatasets.moons(40, 0.1, 3);
    assertThat(s.imported().dataset().name()).isEqualTo("points"); // named after its file
    assertThat(s.imported().dataset().featureMatrix()).isDeepEqualTo(moons.featureMatrix());
    assertThat(s.imported().dataset().targetVector()).containsExactly(moons.targetVector());
    assertThat(s.exampleCount()).isEqualTo(40);
    assertThat(s.trainingCount()).isEqualTo(30);
    assertThat(codec().write(s)).contains("data: points.csv\n");
    assertThat(parse(codec().write(s))).isEqualTo(s);
    // dataset: alone goes back to the toy data; beside data: it names the toy data kept for later.
    assertThat(parse("dataset: XOR\ndata: points.csv").imported()).isEqualTo(s.imported());
    assertThat(parse("dataset: XOR\ndata: points.csv").dataset()).isEqualTo(ToyDatasets.Kind.XOR);
    assertThat(codec().parse("lambda: 0.1", s).imported()).isEqualTo(s.imported());
    assertThat(codec().parse("dataset: XOR", s).imported()).isNull();
  }

  @Test
  void badKeysAndBadFilesNameTheirLine() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "x1,x2,label\n0,0,0\n1,1,7\n0,1,1\n1,0,one\n");
    assertError("lambda: 0\ndata: bad.csv", 2, "data: bad.csv: line 3: the label (column 3) must be 0 or 1, was 7;"
        + " line 5: label (column 3) is not a number: 'one'");
    assertError("data: missing.csv", 1, "cannot read");
    assertError("optimizer: GD\noptimizers: Adam", 2, "give either optimizer: (one) or optimizers: (a race)");
    assertError("steps: 3\noptimizers: Adam, Newton", 2, "Newton needs the Hessian");
    assertError("optimizers: Adam, , GD", 1, "a name is missing");
    assertError("optimizers: Adam, Bogus", 1, "optimizers: unknown optimizer");
    assertError("validation: 0.95", 1, "validation is the fraction of the examples held out, from 0 to 0.9");
    assertError("points: 4\nvalidation: 0.1", 2, "leaves 0 held out and 4 to train");
  }

  private void assertError(String text, int line, String reason) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(SceneFormatException.class, e -> {
          assertThat(e.line()).as(text).isEqualTo(line);
          assertThat(e.reason()).as(text).contains(reason);
        });
  }
}
