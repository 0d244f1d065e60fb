package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;
import org.junit.jupiter.api.Test;

/**
 * Every lesson in the top-level lessons/ folder loads, every step's scene runs, and every claim a
 * step marks as checkable holds in the engine: a lesson must say what the app shows.
 */
class ShippedLessonsTest {

  private static final Path LESSONS = Path.of("lessons");

  @Test
  void everyShippedLessonLoadsAndEveryClaimHolds() {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    LessonLibrary library = new LessonLibrary(new LessonParser(new SceneCodec(catalog)));
    LessonLibrary.Contents contents = library.load(LESSONS);
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.lessons()).isNotEmpty();
    SceneRunner runner = new SceneRunner(catalog);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Lesson lesson : contents.lessons()) {
      for (LessonStep step : lesson.steps()) {
        SceneResult r = runner.run(step.scene());
        for (Claim claim : step.claims()) {
          Claim.Verdict v = claim.check(r);
          checked++;
          if (!v.holds()) {
            failures.add(lesson.source() + ":" + claim.line() + ": '" + claim.text() + "' but "
                + v.actual());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isPositive();
  }
}
