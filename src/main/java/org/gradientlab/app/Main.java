package org.gradientlab.app;

import javafx.application.Application;

/**
 * Entry point: without arguments the app window opens; with arguments the headless command line
 * runs ({@link CommandLine}). A separate class from the {@link Application} subclass so that the
 * app also starts from a plain classpath ({@code java -cp … org.gradientlab.app.Main}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      Application.launch(GradientLabApp.class, args);
      return;
    }
    int status = new CommandLine(System.out, System.err).run(args);
    System.exit(status);
  }
}
