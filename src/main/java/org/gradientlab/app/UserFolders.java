package org.gradientlab.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Gradient Lab keeps a user's own files, by each system's convention: the lessons a teacher
 * edits ({@code lessons/}), the log ({@code logs/}) and the note of which shipped lessons were
 * already copied. Linux: {@code $XDG_DATA_HOME/GradientLab}, else {@code ~/.local/share/GradientLab}
 * (XDG Base Directory spec); macOS: {@code ~/Library/Application Support/GradientLab}; Windows:
 * {@code %APPDATA%\GradientLab}. The system property {@value #HOME_PROPERTY} names another root
 * (a portable install; the build points it into {@code target/} for the tests).
 */
public record UserFolders(Path root) {

  public static final String HOME_PROPERTY = "gradientlab.home";
  public static final String NAME = "GradientLab";

  public Path lessons() {
    return root.resolve("lessons");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  /** The names of the shipped lessons copied once into {@link #lessons()} (never copied again). */
  public Path shippedRecord() {
    return root.resolve("shipped-lessons.txt");
  }

  /** This user's folders on this machine. */
  public static UserFolders current() {
    String override = System.getProperty(HOME_PROPERTY);
    if (override != null && !override.isBlank()) {
      return new UserFolders(Path.of(override).toAbsolutePath());
    }
    return forPlatform(System.getProperty("os.name", ""), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  /** The conventional root on the system named {@code osName}, with its environment and home. */
  static UserFolders forPlatform(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
      return new UserFolders(base.resolve(NAME));
    }
    if (os.startsWith("mac")) {
      return new UserFolders(home.resolve("Library").resolve("Application Support").resolve(NAME));
    }
    // XDG: an unset, empty or relative XDG_DATA_HOME is ignored.
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg) : home.resolve(".local").resolve("share");
    return new UserFolders(base.resolve(NAME));
  }
}
