package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.maps.Axis;
import org.gradientlab.maps.MapPalette;
import org.gradientlab.maps.OutcomeMap;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.ColorMap;
import org.gradientlab.plot.Ticks;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.viewmodel.MapsModel;

/**
 * Measured outcome maps, one small map per racing optimizer over the same (η, hyperparameter)
 * plane: each cell coloured by how that run of N steps ended (converged in k: viridis, bright for
 * fast; oscillating; diverging; not converged), the race's current point as a ring. Hovering names
 * a cell's outcome in the status line's words; a click applies its η and hyperparameter.
 */
public final class OutcomeMapView extends CanvasPlot {

  private static final Color RING = Color.WHITE;

  private final MapsModel model;
  private List<OutcomeMap> imagesOf;
  private WritableImage[] images = new WritableImage[0];
  private Viewport[] viewports = new Viewport[0];
  private List<OutcomeMap> shown = List.of();
  private String hover = "";

  public OutcomeMapView(MapsModel model) {
    this.model = model;
    setId("outcome-map");
    redrawOn(model.measuredProperty(), model.measuredProgressProperty(),
        model.measuredKeyProperty(), model.errorProperty(), model.settingsProperty());
    canvas.setOnMouseClicked(e -> {
      int i = mapAt(e.getX(), e.getY());
      double[] v = valueAt(e.getX(), e.getY());
      if (v != null) {
        model.applyMeasured(shown.get(i).kind(), v[0], v[1]);
      }
    });
    canvas.setOnMouseMoved(this::hover);
    setMinSize(260, 220);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    MapsModel.Measured m = model.measuredProperty().get();
    double progress = model.measuredProgressProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    String title = m == null ? "Measured outcomes" : "How each run of N = " + m.request().run().steps()
        + " steps ended · from the race's start";
    if (progress < 1) {
      title += "   computing… " + Math.round(progress * 100) + " %";
    }
    List<String> titleLines = RateMapView.wrap(title, s.font(), w - 24 * k);
    for (int i = 0; i < titleLines.size(); i++) {
      gc.fillText(titleLines.get(i), 12 * k, 18 * k + 16 * k * i);
    }
    double below = 18 * k + 16 * k * titleLines.size();
    if (!model.errorProperty().get().isEmpty()) {
      gc.setFill(argb(MapPalette.DIVERGING));
      gc.fillText(model.errorProperty().get(), 12 * k, below);
      below += 16 * k;
    }
    if (m == null || m.maps().isEmpty() || w < 200 * k || h < 160 * k) {
      viewports = new Viewport[0];
      shown = List.of();
      return;
    }
    List<OutcomeMap> maps = m.maps();
    if (maps != imagesOf) {
      images = new WritableImage[maps.size()];
      for (int i = 0; i < maps.size(); i++) {
        images[i] = image(maps.get(i));
      }
      imagesOf = maps;
    }
    shown = maps;
    int n = maps.size();
    int cols = n <= 1 ? 1 : n <= 4 ? 2 : n <= 6 ? 3 : 4;
    int rows = (n + cols - 1) / cols;
    double left = 52 * k;
    double top = below - 4 * k;
    double right = 10 * k;
    double bottom = 88 * k;
    double gapX = 14 * k;
    double gapY = 34 * k;
    double cellW = (w - left - right - gapX * (cols - 1)) / cols;
    double cellH = (h - top - bottom - gapY * (rows - 1)) / rows - 14 * k;
    viewports = new Viewport[n];
    for (int i = 0; i < n; i++) {
      OutcomeMap map = maps.get(i);
      int col = i % cols;
      int row = i / cols;
      double x0 = left + col * (cellW + gapX);
      double y0 = top + row * (cellH + 14 * k + gapY) + 14 * k;
      Axis x = map.eta();
      Axis y = map.y();
      Domain d = new Domain(x.low(), x.high(), y == null ? 0 : y.low(), y == null ? 1 : y.high());
      Viewport vp = new Viewport(d, x0, y0, cellW, cellH);
      viewports[i] = vp;
      gc.setImageSmoothing(false);
      gc.drawImage(images[i], vp.left(), vp.top(), vp.width(), vp.height());
      gc.setFill(OptimizerColors.forStyle(map.kind(), s));
      gc.setFont(s.font());
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.BOTTOM);
      String note = y != null && !map.varies() ? "  (" + symbol(y) + " has no effect)" : "";
      gc.fillText(map.kind().label() + note, vp.left(), vp.top() - 2 * k);
      frame(gc, vp, map, s, col == 0, row == rows - 1 || i + cols >= n);
      double[] now = current(map);
      if (x.contains(now[0]) && (y == null || y.contains(now[1]))) {
        double px = vp.toPixelX(x.position(now[0]));
        double py = y == null ? vp.top() + vp.height() / 2 : vp.toPixelY(y.position(now[1]));
        ring(gc, px, py, s);
      }
    }
    legend(gc, 12 * k, h - 52 * k, m.request().run().steps(), s);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText(hover.isEmpty() ? "Click a cell to race there; hover to read it." : hover, 12 * k, h - 8 * k);
  }

  /** {@code map}'s optimizer's own (η, y): where its ring goes. */
  private double[] current(OutcomeMap map) {
    double y = map.y() != null && map.kind().has(map.y().key()) ? model.value(map.kind(), map.y().key())
        : map.y() != null ? model.linkedValue(map.y().key()) : Double.NaN;
    return new double[] {model.value(map.kind(), "eta"), y};
  }

  private static String symbol(Axis y) {
    String name = y.name();
    int space = name.lastIndexOf(' ');
    return space >= 0 ? name.substring(space + 1) : name;
  }

  /** Frame, and tick labels on the outer edges only (the maps share their axes). */
  private static void frame(GraphicsContext gc, Viewport vp, OutcomeMap map, PlotStyle s, boolean leftLabels,
      boolean bottomLabels) {
    double k = s.scale();
    gc.setStroke(s.axis());
    gc.setLineWidth(1);
    gc.strokeRect(Math.round(vp.left()) + 0.5, Math.round(vp.top()) + 0.5, Math.round(vp.width()),
        Math.round(vp.height()));
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    if (bottomLabels) {
      gc.setTextAlign(TextAlignment.CENTER);
      gc.setTextBaseline(VPos.TOP);
      // Every decade where there is room for its label, every other one on narrow maps.
      int every = vp.width() / (vp.view().width()) < 42 * k ? 2 : 1;
      for (double t = Math.ceil(vp.view().xMin()); t <= vp.view().xMax(); t += every) {
        double px = vp.toPixelX(t);
        gc.strokeLine(px, vp.bottom(), px, vp.bottom() + 4 * k);
        gc.fillText(Numbers.compact(Math.pow(10, t)), px, vp.bottom() + 5 * k);
      }
      gc.fillText("η", vp.left() + vp.width() / 2, vp.bottom() + 18 * k);
    }
    Axis y = map.y();
    if (leftLabels && y != null) {
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.setTextBaseline(VPos.CENTER);
      List<Double> ticks = y.log() ? decades(vp.view().yMin(), vp.view().yMax())
          : Ticks.between(vp.view().yMin(), vp.view().yMax(), 3);
      double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
      for (double t : ticks) {
        double py = vp.toPixelY(t);
        gc.strokeLine(vp.left() - 4 * k, py, vp.left(), py);
        gc.fillText(y.log() ? Numbers.compact(Math.pow(10, t)) : Ticks.label(t, step), vp.left() - 6 * k, py);
      }
      gc.save();
      gc.translate(vp.left() - 40 * k, vp.top() + vp.height() / 2);
      gc.rotate(-90);
      gc.setTextAlign(TextAlignment.CENTER);
      gc.fillText(symbol(y), 0, 0);
      gc.restore();
    }
  }

  private static List<Double> decades(double lo, double hi) {
    List<Double> out = new java.util.ArrayList<>();
    for (double t = Math.ceil(lo); t <= hi; t++) {
      out.add(t);
    }
    return out;
  }

  private static void ring(GraphicsContext gc, double px, double py, PlotStyle s) {
    double r = 5.5 * s.scale();
    gc.setStroke(Color.web("#000000", 0.7));
    gc.setLineWidth(4 * s.scale());
    gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    gc.setStroke(RING);
    gc.setLineWidth(2 * s.scale());
    gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
  }

  private static void legend(GraphicsContext gc, double x, double y, int steps, PlotStyle s) {
    double k = s.scale();
    double sw = 12 * k;
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    // converged: the viridis ramp from step 1 to step N
    double rampW = 60 * k;
    for (int i = 0; i < 30; i++) {
      gc.setFill(argb(ColorMap.viridis(1 - 0.85 * i / 29.0)));
      gc.fillRect(x + rampW * i / 30, y, rampW / 30 + 1, sw);
    }
    gc.setFill(s.text());
    gc.fillText("converged at step 1 … " + steps + " (bright: fast)", x + rampW + 4 * k, y + sw / 2);
    double cx = x;
    y += sw + 5 * k;
    for (Object[] e : new Object[][] {{MapPalette.OSCILLATING, "oscillating"},
        {MapPalette.DIVERGING, "diverging"}, {MapPalette.NOT_CONVERGED, "not converged"}}) {
      gc.setFill(argb((Integer) e[0]));
      gc.fillRect(cx, y, sw, sw);
      gc.setStroke(s.axis());
      gc.setLineWidth(1);
      gc.strokeRect(cx, y, sw, sw);
      gc.setFill(s.text());
      gc.fillText((String) e[1], cx + sw + 4 * k, y + sw / 2);
      cx += sw + 4 * k + ((String) e[1]).length() * 6.2 * k + 14 * k;
    }
  }

  private static WritableImage image(OutcomeMap map) {
    int w = map.eta().cells();
    int h = map.rows();
    WritableImage img = new WritableImage(w, h);
    img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), map.argb(), 0, w);
    return img;
  }

  private static Color argb(int c) {
    return RateMapView.argbColor(c);
  }

  /** (η, y) under the pixel, or null outside every map. */
  private double[] valueAt(double px, double py) {
    int i = mapAt(px, py);
    if (i < 0) {
      return null;
    }
    OutcomeMap map = shown.get(i);
    Viewport vp = viewports[i];
    double eta = map.eta().fromPosition(vp.fromPixelX(px));
    double y = map.y() == null ? Double.NaN : map.y().fromPosition(vp.fromPixelY(py));
    return new double[] {eta, y};
  }

  private int mapAt(double px, double py) {
    for (int i = 0; i < viewports.length && i < shown.size(); i++) {
      if (viewports[i].containsPixel(px, py)) {
        return i;
      }
    }
    return -1;
  }

  private void hover(MouseEvent e) {
    int i = mapAt(e.getX(), e.getY());
    String text = "";
    if (i >= 0) {
      OutcomeMap map = shown.get(i);
      Viewport vp = viewports[i];
      int col = map.eta().cellOf(map.eta().fromPosition(vp.fromPixelX(e.getX())));
      int row = map.y() == null ? 0 : map.y().cellOf(map.y().fromPosition(vp.fromPixelY(e.getY())));
      if (col >= 0 && row >= 0) {
        text = map.kind().label() + " at η = " + Numbers.compact(RateMapView.round3(map.eta().value(col)))
            + (map.y() == null ? "" : ", " + symbol(map.y()) + " = "
                + Numbers.compact(RateMapView.round3(map.y().value(row))))
            + ": " + OutcomeText.verdict(map.outcome(col, row));
      }
    }
    if (!text.equals(hover)) {
      hover = text;
      requestRedraw();
    }
  }

  /** The maps' viewports of the last redraw, in the order of the race; for tests. */
  public List<Viewport> viewports() {
    return List.of(viewports);
  }

  /** The maps drawn last; for tests. */
  public List<OutcomeMap> shownMaps() {
    return shown;
  }

  /** The hover line as drawn last; for tests. */
  public String hoverText() {
    return hover;
  }
}
