package org.gradientlab.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Gradient Lab keeps a user's own files, by each system's convention: the lessons a teacher
 * edits ({@code lessons/}), the log ({@code logs/}) and the note of which shipped lessons were
 * already copied. Linux: {@code $XDG_DATA_HOME/GradientLab}, else {@code ~/.local/share/GradientLab}
 * (XDG Base Directory spec); macOS: {@code ~/Library/Application Support/GradientLab}; Windows:
 * {@code %APPDATA%\GradientLab}. The system property {@value #HOME_PROPERTY} or the environment
 * variable {@value #HOME_VARIABLE} names another root: a portable install, which then keeps what
 * the app remembers there too ({@link #portable}); the build points the property into
 * {@code target/} for the tests.
 */
public record UserFolders(Path root) {

  public static final String HOME_PROPERTY = "gradientlab.home";
  /** The same as {@link #HOME_PROPERTY}, for launchers that take no Java options (the image's). */
  public static final String HOME_VARIABLE = "GRADIENTLAB_HOME";
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
    String override = override();
    if (override != null) {
      return new UserFolders(Path.of(override).toAbsolutePath());
    }
    return forPlatform(System.getProperty("os.name", ""), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  /** Whether the root was given ({@value #HOME_PROPERTY}, {@value #HOME_VARIABLE}): a portable folder. */
  public static boolean portable() {
    return override() != null;
  }

  /** Where a portable install keeps what the app remembers (instead of the system's preferences). */
  public Path settings() {
    return root.resolve("settings.properties");
  }

  /** Where a portable install keeps the lessons' progress (steps opened, predictions answered). */
  public Path progress() {
    return root.resolve("progress.properties");
  }

  private static String override() {
    String p = System.getProperty(HOME_PROPERTY);
    if (p != null && !p.isBlank()) {
      return p;
    }
    String v = System.getenv(HOME_VARIABLE);
    return v != null && !v.isBlank() ? v : null;
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
