package org.gradientlab.ui;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A plot painted on a canvas that fills its region: resized with it, redrawn once per turn of the
 * FX thread however often it is asked (and whenever its {@link PlotStyle} changes), so a view
 * only says what to paint and which changes call for it.
 */
public abstract class CanvasPlot extends Region {

  protected final Canvas canvas = new Canvas();
  private final ObjectProperty<PlotStyle> style = new SimpleObjectProperty<>(PlotStyle.DARK);
  private final CoalescingRedraw redraw = new CoalescingRedraw(this::redraw);

  protected CanvasPlot() {
    getChildren().add(canvas);
    style.addListener((o, a, b) -> requestRedraw());
  }

  public ObjectProperty<PlotStyle> plotStyleProperty() {
    return style;
  }

  protected PlotStyle style() {
    return style.get();
  }

  /** Asks for a redraw in this turn of the FX thread; any number of asks make one. */
  protected final void requestRedraw() {
    redraw.request();
  }

  /** Redraws whenever any of {@code sources} changes. */
  protected final void redrawOn(Observable... sources) {
    for (Observable o : sources) {
      o.addListener(x -> requestRedraw());
    }
  }

  /** Paints the whole canvas at its current size. */
  protected abstract void redraw();

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      redraw();
    }
  }
}
