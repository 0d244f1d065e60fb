package org.gradientlab.ui;

import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
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

  /** Redraws whenever any of {@code sources} changes (a change listener: it fires on every change). */
  protected final void redrawOn(ObservableValue<?>... sources) {
    for (ObservableValue<?> o : sources) {
      o.addListener((v, a, b) -> requestRedraw());
    }
  }

  /** Paints the whole canvas at its current size: the background, then {@link #paint}. */
  protected void redraw() {
    GraphicsContext gc = canvas.getGraphicsContext2D();
    PlotStyle s = style();
    gc.setFill(s.background());
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    paint(gc, canvas.getWidth(), canvas.getHeight(), s);
  }

  /** Paints the plot over the cleared background of a w × h canvas. */
  protected abstract void paint(GraphicsContext gc, double w, double h, PlotStyle s);

  /**
   * The plot drawn into a {@code w × h} logical-pixel picture at {@code scale} × the pixels, in
   * style {@code s} (FX thread): drawn at the target resolution, so it stays sharp at 2× and 4×.
   * The screen is redrawn afterwards, since a paint may note what it drew (for the pointer, tests).
   */
  public WritableImage paintImage(double w, double h, double scale, PlotStyle s) {
    Canvas c = new Canvas(Math.round(w * scale), Math.round(h * scale));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(scale, scale);
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    paint(gc, w, h, s);
    requestRedraw();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(s.background());
    return c.snapshot(params, null);
  }

  /** The plot as it is on screen, at {@code scale} × its pixels (FX thread). */
  public WritableImage paintImage(double scale) {
    return paintImage(Math.max(1, getWidth()), Math.max(1, getHeight()), scale, style());
  }

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
