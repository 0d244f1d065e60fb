package org.gradientlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Which lessons folder the app and the command line read, and why. In order: {@code --lessons DIR};
 * the system property {@value #LESSONS_PROPERTY}; when installed, the user's lessons folder
 * ({@link UserFolders#lessons()}, filled from the shipped lessons on first start); otherwise (a
 * checkout, {@code mvn javafx:run}) the {@code lessons/} folder of the working directory, which
 * developers edit. "Installed" means the launcher set {@value #SHIPPED_PROPERTY} to the image's
 * read-only lessons: the jpackage image does (see the pom's dist profile); Maven and the tests do not.
 *
 * @param folder the folder to read and watch
 * @param shipped the image's own lessons when installed, else null
 */
public record LessonsLocation(Path folder, Source source, Path shipped) {

  public static final String LESSONS_PROPERTY = "gradientlab.lessons";
  public static final String SHIPPED_PROPERTY = "gradientlab.shipped";

  /** Why this folder. */
  public enum Source {
    OPTION("--lessons"),
    PROPERTY("-D" + LESSONS_PROPERTY),
    USER("your lessons folder"),
    CHECKOUT("the lessons folder of the working directory");

    private final String description;

    Source(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public boolean installed() {
    return shipped != null;
  }

  /** From this process: its system properties, the user's folders and the working directory. */
  public static LessonsLocation current(String option) {
    return resolve(option, System::getProperty, UserFolders.current());
  }

  /** {@code option} is the value of {@code --lessons} or null; {@code properties} reads system properties. */
  static LessonsLocation resolve(String option, UnaryOperator<String> properties, UserFolders user) {
    String shippedText = properties.apply(SHIPPED_PROPERTY);
    Path shipped = shippedText == null || shippedText.isBlank() ? null : Path.of(shippedText);
    if (option != null) {
      return new LessonsLocation(Path.of(option), Source.OPTION, shipped);
    }
    String property = properties.apply(LESSONS_PROPERTY);
    if (property != null && !property.isBlank()) {
      return new LessonsLocation(Path.of(property), Source.PROPERTY, shipped);
    }
    if (shipped != null) {
      return new LessonsLocation(user.lessons(), Source.USER, shipped);
    }
    return new LessonsLocation(Path.of("lessons"), Source.CHECKOUT, null);
  }

  /**
   * What the command line reads: the same folder, except that it never writes. Installed and
   * before the app's first start has filled the user's folder, that is the shipped lessons.
   */
  public Path forReading() {
    if (source == Source.USER && !Files.isDirectory(folder) && shipped != null) {
      return shipped;
    }
    return folder;
  }
}
