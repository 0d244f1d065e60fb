package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsLocationTest {

  private static final UserFolders USER = new UserFolders(Path.of("/home/ada/.local/share/GradientLab"));

  private static LessonsLocation resolve(String option, Map<String, String> properties) {
    return LessonsLocation.resolve(option, properties::get, USER);
  }

  @Test
  void aCheckoutReadsTheLessonsFolderOfTheWorkingDirectory() {
    LessonsLocation l = resolve(null, Map.of());
    assertThat(l.folder()).isEqualTo(Path.of("lessons"));
    assertThat(l.source()).isEqualTo(LessonsLocation.Source.CHECKOUT);
    assertThat(l.installed()).isFalse();
  }

  @Test
  void theInstalledAppReadsTheUsersLessonsFolder() {
    LessonsLocation l = resolve(null, Map.of(LessonsLocation.SHIPPED_PROPERTY, "/opt/gradientlab/lib/app/lessons"));
    assertThat(l.folder()).isEqualTo(USER.lessons());
    assertThat(l.source()).isEqualTo(LessonsLocation.Source.USER);
    assertThat(l.shipped()).isEqualTo(Path.of("/opt/gradientlab/lib/app/lessons"));
  }

  @Test
  void theOptionWinsOverThePropertyWhichWinsOverTheDefault() {
    Map<String, String> both = Map.of(LessonsLocation.SHIPPED_PROPERTY, "/opt/x",
        LessonsLocation.LESSONS_PROPERTY, "/srv/course");
    assertThat(resolve("/tmp/mine", both).folder()).isEqualTo(Path.of("/tmp/mine"));
    assertThat(resolve("/tmp/mine", both).source()).isEqualTo(LessonsLocation.Source.OPTION);
    assertThat(resolve(null, both).folder()).isEqualTo(Path.of("/srv/course"));
    assertThat(resolve(null, both).source()).isEqualTo(LessonsLocation.Source.PROPERTY);
  }

  @Test
  void theCommandLineReadsTheShippedLessonsUntilTheUsersFolderExists(@TempDir Path tmp) throws Exception {
    UserFolders user = new UserFolders(tmp.resolve("user"));
    Path shipped = tmp.resolve("shipped");
    LessonsLocation l = LessonsLocation.resolve(null,
        Map.of(LessonsLocation.SHIPPED_PROPERTY, shipped.toString())::get, user);
    assertThat(l.forReading()).isEqualTo(shipped);
    Files.createDirectories(user.lessons());
    assertThat(l.forReading()).isEqualTo(user.lessons());
  }
}
