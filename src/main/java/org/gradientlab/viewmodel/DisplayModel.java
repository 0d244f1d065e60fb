package org.gradientlab.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the app looks: dark (screens) or light (projectors, printed slides), and presentation mode
 * (large fonts and thick lines, readable from the back of a room).
 */
public final class DisplayModel {

  /** Plot lines, markers and text are this much larger in presentation mode. */
  public static final double PRESENTATION_SCALE = 1.6;

  private final BooleanProperty light = new SimpleBooleanProperty(false);
  private final BooleanProperty presentation = new SimpleBooleanProperty(false);

  public BooleanProperty lightProperty() {
    return light;
  }

  public BooleanProperty presentationProperty() {
    return presentation;
  }

  public double scale() {
    return presentation.get() ? PRESENTATION_SCALE : 1;
  }
}
