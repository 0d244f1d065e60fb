package org.gradientlab.app;

import javafx.application.Application;

/**
 * Entry point. A separate class from the {@link Application} subclass so that the app also starts
 * from a plain classpath ({@code java -cp … org.gradientlab.app.Main}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Application.launch(GradientLabApp.class, args);
  }
}
