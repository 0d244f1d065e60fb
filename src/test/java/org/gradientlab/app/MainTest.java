package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void noArgumentsOrOnlyALessonsFolderOpenTheWindowAnythingElseIsTheCommandLine() {
    assertThat(Main.opensWindow(new String[0])).isTrue();
    assertThat(Main.opensWindow(new String[] {"--lessons", "/srv/course"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--lessons=/srv/course"})).isTrue();
    assertThat(Main.opensWindow(new String[] {"--lesson", "01", "--export", "s.png"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--lessons", "x", "--check-lessons"})).isFalse();
    assertThat(Main.opensWindow(new String[] {"--help"})).isFalse();
  }

  @Test
  void theAppReadsItsLessonsFolderFromEitherSpelling() {
    assertThat(GradientLabApp.lessonsOption(List.of("--lessons", "/srv/a"))).isEqualTo("/srv/a");
    assertThat(GradientLabApp.lessonsOption(List.of("--lessons=/srv/b"))).isEqualTo("/srv/b");
    assertThat(GradientLabApp.lessonsOption(List.of())).isNull();
  }
}
