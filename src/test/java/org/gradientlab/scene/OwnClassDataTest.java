package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.regression.LogisticFitObjective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logistic regression on one's own CSV file of x₁, x₂ and a 0/1 label: {@code data: points.csv}. */
class OwnClassDataTest {

  @TempDir
  Path folder;

  private SceneCodec codec() {
    return new SceneCodec(LandscapeCatalog.standard(), OptimizerCatalog.standard(), folder);
  }

  @Test
  void theModelIsFittedToTheFilesRowsAndTheSceneWritesTheFileBack() throws Exception {
    // Mirrored data (mean (0, 0)): the four points (±1, ±1) are in both classes, so no line leaves
    // the classes on its two sides even with ties allowed; (2, 1) tips the weights towards class 1.
    Files.writeString(folder.resolve("own.csv"), "a,b,label\n2,1,1\n1,1,1\n-1,-1,1\n1,-1,1\n-1,1,1\n-2,-1,0\n-1,-1,0\n1,1,0\n-1,1,0\n1,-1,0\n");
    Scene s = codec().parse("landscape: logistic\ndata: own.csv\noptimizers: GD\neta: 1\nsteps: 3000",
        Scene.initial());
    assertThat(s.data().dataset().size()).isEqualTo(10);
    SceneResult r = new SceneRunner(LandscapeCatalog.standard()).run(s);
    LogisticFitObjective f = (LogisticFitObjective) r.objective();
    assertThat(f.data()).isEqualTo(s.data().dataset());
    assertThat(f.value(new double[2])).isCloseTo(Math.log(2), within(1e-15));
    // So a finite maximum-likelihood w where ∇f = 0, and GD gets there.
    assertThat(f.knownMinima()).hasSize(1);
    double[] best = f.knownMinima().get(0).location();
    assertThat(f.gradient(best)).containsExactly(new double[] {0, 0}, within(1e-9));
    assertThat(r.trajectories().get(0).finalTheta()).containsExactly(best, within(1e-4));
    String text = codec().write(s);
    assertThat(text).contains("landscape: logistic\n").contains("data: own.csv\n");
    assertThat(codec().parse(text, Scene.initial())).isEqualTo(s);
  }

  @Test
  void aLabelOtherThanZeroOrOneIsReportedWithItsLineAtTheDataKey() throws Exception {
    Files.writeString(folder.resolve("bad.csv"), "1,2,1\n3,4,0\n5,6,2\n7,8,1\n9,1,0\n");
    assertThatThrownBy(() -> codec().parse("landscape: logistic\n\ndata: bad.csv", Scene.initial()))
        .isInstanceOf(SceneFormatException.class)
        .hasMessageContaining("line 3")
        .satisfies(e -> assertThat(((SceneFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void aLineFitFileIsNotReadAsClassDataNorTheOtherWayRound() throws Exception {
    Files.writeString(folder.resolve("xy.csv"), "0,1\n1,3\n2,5\n3,7\n");
    assertThatThrownBy(() -> codec().parse("landscape: logistic\ndata: xy.csv", Scene.initial()))
        .isInstanceOf(SceneFormatException.class).hasMessageContaining("expected 3 values");
    Files.writeString(folder.resolve("xyl.csv"), "0,1,0\n1,3,1\n2,5,0\n3,7,1\n");
    assertThatThrownBy(() -> codec().parse("landscape: line\ndata: xyl.csv", Scene.initial()))
        .isInstanceOf(SceneFormatException.class).hasMessageContaining("expected 2 values");
  }

  @Test
  void anotherLandscapeDropsTheDataAndAPresetReplacesThem() throws Exception {
    Files.writeString(folder.resolve("own.csv"), "2,1,1\n1,-1,1\n-2,-1,0\n-1,1,0\n");
    Scene own = codec().parse("landscape: logistic\ndata: own.csv", Scene.initial());
    assertThat(codec().parse("lambda: 0.1", own).data()).isEqualTo(own.data());
    assertThat(codec().parse("data: separable clusters", own).data()).isNull();
    assertThat(codec().parse("landscape: line", own).data()).isNull();
  }
}
