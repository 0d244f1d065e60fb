package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

  private static final Path HOME = Path.of("/home/ada");

  @Test
  void linuxUsesXdgDataHomeWhenItIsAnAbsolutePath() {
    UserFolders f = UserFolders.forPlatform("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME);
    assertThat(f.lessons()).isEqualTo(Path.of("/data/ada/GradientLab/lessons"));
    assertThat(f.logs()).isEqualTo(Path.of("/data/ada/GradientLab/logs"));
  }

  @Test
  void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetEmptyOrRelative() {
    Path expected = Path.of("/home/ada/.local/share/GradientLab/lessons");
    assertThat(UserFolders.forPlatform("Linux", Map.of(), HOME).lessons()).isEqualTo(expected);
    assertThat(UserFolders.forPlatform("Linux", Map.of("XDG_DATA_HOME", ""), HOME).lessons()).isEqualTo(expected);
    assertThat(UserFolders.forPlatform("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), HOME).lessons())
        .isEqualTo(expected);
  }

  @Test
  void macOsUsesApplicationSupport() {
    assertThat(UserFolders.forPlatform("Mac OS X", Map.of(), HOME).lessons())
        .isEqualTo(Path.of("/home/ada/Library/Application Support/GradientLab/lessons"));
  }

  @Test
  void windowsUsesAppDataAndFallsBackToRoamingUnderTheHome() {
    UserFolders f = UserFolders.forPlatform("Windows 11", Map.of("APPDATA", "/c/Users/ada/AppData/Roaming"), HOME);
    assertThat(f.root()).isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/GradientLab"));
    assertThat(UserFolders.forPlatform("Windows 10", Map.of(), HOME).root())
        .isEqualTo(Path.of("/home/ada/AppData/Roaming/GradientLab"));
  }

  @Test
  void theTestsRunWithTheirOwnUserFolderInsideTarget() {
    // Set by the build for every test: nothing here can reach the real user folder.
    assertThat(UserFolders.current().root().toString()).contains("target").endsWith("test-user");
  }
}
