package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.objective.Minimum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line fit on one's own CSV file: {@code data: points.csv} in a lab scene. */
class OwnLineDataTest {

  @TempDir
  Path folder;

  private SceneCodec codec() {
    return new SceneCodec(LandscapeCatalog.standard(), OptimizerCatalog.standard(), folder);
  }

  private Path write(String name, String text) throws Exception {
    Path p = folder.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theLineIsFittedToTheFilesPointsAndTheSceneWritesTheFileBack() throws Exception {
    // y = 2x + 1 exactly: the least-squares minimum of the mean squared error is (a, b) = (2, 1).
    write("own.csv", "x,y\n0,1\n1,3\n2,5\n3,7\n");
    Scene s = codec().parse("landscape: line\ndata: own.csv\noptimizers: GD\neta: 0.1\nsteps: 2000", Scene.initial());
    assertThat(s.data()).isNotNull();
    assertThat(s.data().source()).isEqualTo("own.csv");
    assertThat(s.data().dataset().size()).isEqualTo(4);
    SceneResult r = new SceneRunner(LandscapeCatalog.standard()).run(s);
    Minimum m = r.objective().knownMinima().get(0);
    assertThat(m.coordinate(0)).isCloseTo(2, within(1e-12));
    assertThat(m.coordinate(1)).isCloseTo(1, within(1e-12));
    // f(a, b) = ½ · mean of (a·x + b − y)²: at (0, 0) it is (1 + 9 + 25 + 49)/8 = 10.5.
    assertThat(r.objective().value(new double[] {0, 0})).isCloseTo(10.5, within(1e-12));
    assertThat(r.trajectories().get(0).finalTheta()).containsExactly(new double[] {2, 1}, within(1e-4));
    String text = codec().write(s);
    assertThat(text).contains("data: own.csv\n");
    assertThat(codec().parse(text, Scene.initial())).isEqualTo(s);
  }

  @Test
  void aLaterStepKeepsTheDataAndAPresetOrAnotherLandscapeDropsThem() throws Exception {
    write("own.csv", "0,1\n1,3\n2,5\n");
    Scene own = codec().parse("landscape: line\ndata: own.csv", Scene.initial());
    assertThat(codec().parse("eta: 0.05", own).data()).isEqualTo(own.data());
    assertThat(codec().parse("data: 200 noisy points", own).data()).isNull();
    assertThat(codec().parse("landscape: bowl", own).data()).isNull();
    assertThat(own.withLandscape(org.gradientlab.landscape.LandscapeSpec.of("bowl")).data()).isNull();
  }

  @Test
  void everyBadRowIsListedWithItsLineAtTheDataKeysLine() throws Exception {
    write("bad.csv", "x,y\n0,1\n1,three\n2\n3,4\n");
    assertThatThrownBy(() -> codec().parse("landscape: line\nsteps: 10\ndata: bad.csv", Scene.initial()))
        .isInstanceOf(SceneFormatException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("line 3: y (column 2) is not a number: 'three'")
        .hasMessageContaining("line 4: expected 2 values (x, y), found 1");
    try {
      codec().parse("landscape: line\nsteps: 10\ndata: bad.csv", Scene.initial());
    } catch (SceneFormatException e) {
      assertThat(e.line()).isEqualTo(3);
    }
  }

  @Test
  void ownDataAreForTheLandscapesFittedToDataOnlyAndTheMessageNamesThem() throws Exception {
    write("own.csv", "0,1\n1,3\n");
    assertThatThrownBy(() -> codec().parse("landscape: bowl\ndata: own.csv", Scene.initial()))
        .isInstanceOf(SceneFormatException.class)
        .hasMessageContaining("landscape: line or logistic")
        .hasMessageContaining("bowl takes none");
  }
}
