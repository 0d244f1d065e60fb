package org.gradientlab.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons (Ikonli), by their literal names, at one size. */
public final class Icons {

  private Icons() {}

  public static FontIcon of(String literal) {
    FontIcon icon = new FontIcon(literal);
    icon.getStyleClass().add("lab-icon");
    return icon;
  }
}
