package org.gradientlab.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * Entry point: without arguments (or with only {@code --lessons DIR}) the app window opens; with
 * other arguments the headless command line runs ({@link CommandLine}). A separate class from the
 * {@link Application} subclass so that the app also starts from a plain classpath
 * ({@code java -cp … org.gradientlab.app.Main}), as it does in the installed image.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (opensWindow(args)) {
      String missing = missingDisplay();
      if (missing != null) {
        System.err.println(missing);
        // Installed, scripts get status 2. From a checkout the message is all: a non-zero status
        // would bury it under the Maven plugin's stack trace.
        System.exit(LessonsLocation.current(null).installed() ? CommandLine.BAD_INPUT : CommandLine.OK);
      }
      AppLog.quietJavaFxClasspathWarning();
      Application.launch(GradientLabApp.class, args);
      return;
    }
    int status = new CommandLine(System.out, System.err).run(args);
    System.exit(status);
  }

  /** No arguments, or only where the lessons are: the window. */
  static boolean opensWindow(String[] args) {
    List<String> a = List.of(args);
    return a.isEmpty()
        || a.size() == 2 && a.get(0).equals("--lessons")
        || a.size() == 1 && a.get(0).startsWith("--lessons=");
  }

  /**
   * On Linux without an X11 or Wayland display JavaFX cannot open a window and fails with a stack
   * trace: say so plainly instead, with what works without one. Null when a window can open.
   */
  static String missingDisplay() {
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    boolean headless = System.getProperty("glass.platform") != null;
    if (!linux || headless || present("DISPLAY") || present("WAYLAND_DISPLAY")) {
      return null;
    }
    return "Gradient Lab needs a display to open its window, and none is set (DISPLAY is empty).\n"
        + "Run it on a desktop, over ssh -X, or under Xvfb (DISPLAY=:1). The command line needs no\n"
        + "display: give it arguments, e.g. --lesson 01 --step 3 --export slide.png (--help for all).";
  }

  private static boolean present(String variable) {
    String v = System.getenv(variable);
    return v != null && !v.isBlank();
  }
}
