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
import org.gradientlab.maps.RateMap;
import org.gradientlab.maps.RatePoint;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.ColorMap;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.MapsModel;

/**
 * A convergence-rate map from theory: the plane of two settings coloured by how many steps the
 * error needs to shrink tenfold (red where it does not shrink), the regions' closed-form edges, the
 * optimum, and the lab's current point, which the student drags (or clicks anywhere) to set the
 * race. Subclasses say which map, which point and which edges.
 */
abstract class RateMapView extends CanvasPlot {

  /** The optimum's marker: a white diamond with a dark rim, on every theme. */
  static final Color OPTIMUM = Color.WHITE;
  private static final Color EDGE = Color.web("#ffffff", 0.9);

  protected final MapsModel model;
  private WritableImage image;
  private RateMap imageOf;
  private Viewport viewport;

  RateMapView(MapsModel model) {
    this.model = model;
    redrawOn(model.rateMapsProperty(), model.curvatureProperty(), model.settingsProperty(),
        model.scheduleProperty());
    canvas.setOnMousePressed(this::drag);
    canvas.setOnMouseDragged(this::drag);
    // The release sets where the pointer let go, even if the last drag event was coalesced away.
    canvas.setOnMouseReleased(this::drag);
    setMinSize(260, 220);
  }

  /** The map of this view out of both. */
  abstract RateMap map(MapsModel.RateMaps maps);

  /** The current point (x, y) in values. */
  abstract double[] current(MapsModel.Curvature c);

  /** The optimum (x, y) in values. */
  abstract double[] optimum(MapsModel.Curvature c);

  /** ρ and regime at (x, y). */
  abstract RatePoint rateAt(MapsModel.Curvature c, double x, double y);

  /** Sets the lab from a point of the plane. */
  abstract void moveTo(double x, double y);

  /** The closed-form edges and the regions' names, inside the clipped plot. */
  abstract void paintEdges(GraphicsContext gc, Viewport vp, MapsModel.Curvature c, PlotStyle s);

  /** The title line. */
  abstract String title(MapsModel.Curvature c);

  /** "α = 0.9" — the current point's y as text. */
  abstract String yText(double y);

  /** "α* = 0.27, η* = 2.31" — the optimum as text. */
  abstract String optimumText(MapsModel.Curvature c);

  /** The current point's colour: the optimizer whose rate this is. */
  abstract Color markerColor(PlotStyle s);

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    MapsModel.Curvature c = model.curvatureProperty().get();
    MapsModel.RateMaps maps = model.rateMapsProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    if (c == null) {
      viewport = null;
      gc.fillText("No minimum with positive curvature here: the rate map needs a bowl-shaped minimum.",
          12 * k, 20 * k);
      return;
    }
    double room = w - 24 * k;
    java.util.List<String> head = new java.util.ArrayList<>(wrap(title(c), s.font(), room));
    if (maps == null || !maps.curvature().equals(c) || w < 200 * k || h < 160 * k) {
      viewport = null;
      lines(gc, head, 12 * k, 18 * k, 16 * k);
      return;
    }
    RateMap map = map(maps);
    if (map != imageOf) {
      image = image(map);
      imageOf = map;
    }
    Axis x = map.x();
    Axis y = map.y();
    double[] now = current(c);
    RatePoint p = rateAt(c, now[0], now[1]);
    String off = x.contains(now[0]) && y.contains(now[1]) ? "" : " (off the map)";
    List<String> point = wrap("● η = " + Numbers.compact(round3(now[0])) + ", " + yText(now[1]) + off + ":  "
        + describe(p), s.smallFont(), room);
    List<String> foot = new java.util.ArrayList<>(wrap("◆ " + optimumText(c), s.smallFont(), room));
    foot.addAll(wrap(legendText(), s.smallFont(), room));
    // Long lines wrap (present mode, narrow panes): the plot takes what the text leaves.
    double top = 18 * k + 16 * head.size() * k + 14 * point.size() * k + 10 * k;
    double bottom = 42 * k + 14 * foot.size() * k;
    viewport = new Viewport(new Domain(x.low(), x.high(), y.low(), y.high()), 62 * k, top,
        w - 62 * k - 84 * k, Math.max(40 * k, h - top - bottom));
    gc.save();
    HeatmapPainter.clipToPlot(gc, viewport);
    gc.setImageSmoothing(false);
    gc.drawImage(image, viewport.left(), viewport.top(), viewport.width(), viewport.height());
    paintEdges(gc, viewport, c, s);
    gc.restore();
    double[] best = optimum(c);
    if (best != null && x.contains(best[0]) && y.contains(best[1])) {
      diamond(gc, viewport.toPixelX(x.position(best[0])), viewport.toPixelY(y.position(best[1])), s);
    }
    double px = viewport.toPixelX(x.position(x.clamp(now[0])));
    double py = viewport.toPixelY(y.position(y.clamp(now[1])));
    MarkerPainter.dot(gc, px, py, markerColor(s), true, s);
    AxesPainter.paintFrame(gc, viewport, s, x.name(), y.name(), y.log());
    paintColourBar(gc, viewport, s);
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    lines(gc, head, 12 * k, 18 * k, 16 * k);
    gc.setFont(s.smallFont());
    lines(gc, point, 12 * k, 18 * k + 16 * head.size() * k, 14 * k);
    lines(gc, foot, 12 * k, viewport.bottom() + 52 * k, 14 * k);
  }

  private static void lines(GraphicsContext gc, List<String> lines, double x, double y, double step) {
    for (int i = 0; i < lines.size(); i++) {
      gc.fillText(lines.get(i), x, y + i * step);
    }
  }

  /** {@code text} cut at its " · " (then ", ") joints into lines no wider than {@code room}. */
  static List<String> wrap(String text, javafx.scene.text.Font font, double room) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String part : text.split("(?<= · )|(?<=, )|(?<=:  )")) {
      if (line.length() > 0 && width(line + part, font) > room) {
        out.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append("   ");
      }
      line.append(part);
    }
    out.add(line.toString().stripTrailing());
    return out;
  }

  private static double width(String s, javafx.scene.text.Font font) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(s);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** What the lines mean, under the optimum's line. */
  abstract String legendText();

  /** "ρ = 0.949 · 10× smaller every 44 steps · oscillating". */
  static String describe(RatePoint p) {
    if (p.rate() >= 1) {
      return "ρ = " + Numbers.compact(round3(p.rate())) + " · diverging";
    }
    double steps = p.stepsPerDigit();
    String every = steps <= 1 ? "error ×0.1 or less per step"
        : "error ×0.1 every " + Numbers.compact(Math.ceil(steps)) + " steps";
    return "ρ = " + Numbers.compact(round3(p.rate())) + " · " + p.regime().word() + " · " + every;
  }

  static double round3(double v) {
    return HeatmapPainter.round3(v);
  }

  private void drag(MouseEvent e) {
    if (viewport == null || model.rateMapsProperty().get() == null) {
      return;
    }
    RateMap map = map(model.rateMapsProperty().get());
    double px = Math.max(viewport.left(), Math.min(viewport.right(), e.getX()));
    double py = Math.max(viewport.top(), Math.min(viewport.bottom(), e.getY()));
    if (e.getEventType() == MouseEvent.MOUSE_PRESSED && !viewport.containsPixel(e.getX(), e.getY())) {
      return;
    }
    moveTo(map.x().fromPosition(viewport.fromPixelX(px)), map.y().fromPosition(viewport.fromPixelY(py)));
    e.consume();
  }

  private static WritableImage image(RateMap map) {
    int w = map.x().cells();
    int h = map.y().cells();
    WritableImage img = new WritableImage(w, h);
    img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), map.argb(), 0, w);
    return img;
  }

  /** The optimum: a white diamond with a dark rim. */
  static void diamond(GraphicsContext gc, double px, double py, PlotStyle s) {
    double r = 8.5 * s.scale();
    double[] xs = {px, px + r, px, px - r};
    double[] ys = {py - r, py, py + r, py};
    gc.setFill(OPTIMUM);
    gc.fillPolygon(xs, ys, 4);
    gc.setStroke(Color.web("#000000", 0.8));
    gc.setLineWidth(1.5 * s.scale());
    gc.strokePolygon(xs, ys, 4);
  }

  /** A closed-form edge: solid for the diverging edge, dashed for the others. */
  static void strokeCurve(GraphicsContext gc, Viewport vp, double[] xs, double[] ys, boolean dashed,
      PlotStyle s) {
    gc.setStroke(EDGE);
    gc.setLineWidth(1.6 * s.scale());
    gc.setLineDashes(dashed ? new double[] {6 * s.scale(), 4 * s.scale()} : null);
    gc.beginPath();
    for (int i = 0; i < xs.length; i++) {
      double px = vp.toPixelX(xs[i]);
      double py = vp.toPixelY(ys[i]);
      if (i == 0) {
        gc.moveTo(px, py);
      } else {
        gc.lineTo(px, py);
      }
    }
    gc.stroke();
    gc.setLineDashes((double[]) null);
  }

  /** A region's name, white on a dark rounded box, centred at a point of the plane. */
  static void label(GraphicsContext gc, Viewport vp, double x, double y, String text, PlotStyle s) {
    double px = vp.toPixelX(x);
    double py = vp.toPixelY(y);
    if (!vp.containsPixel(px, py)) {
      return;
    }
    double k = s.scale();
    gc.setFont(s.smallFont());
    double tw = text.length() * 6.2 * k + 8 * k;
    double th = 15 * k;
    if (tw > vp.width() - 4 * k) {
      return;
    }
    // Kept whole inside the plot.
    px = Math.max(vp.left() + tw / 2 + 2 * k, Math.min(vp.right() - tw / 2 - 2 * k, px));
    gc.setFill(Color.web("#000000", 0.5));
    gc.fillRoundRect(px - tw / 2, py - th / 2, tw, th, th, th);
    gc.setFill(Color.web("#ffffff", 0.95));
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(text, px, py);
  }

  /** Steps per tenfold shrink, 1 … 10⁴ (log), and the red of ρ ≥ 1 below it. */
  private static void paintColourBar(GraphicsContext gc, Viewport vp, PlotStyle s) {
    double k = s.scale();
    double x = vp.right() + 14 * k;
    double bw = 12 * k;
    double top = vp.top();
    double redH = 16 * k;
    double h = vp.height() - redH - 6 * k;
    int n = 128;
    for (int i = 0; i < n; i++) {
      gc.setFill(argbColor(ColorMap.viridis(1 - (i + 0.5) / n)));
      gc.fillRect(x, top + h * i / n, bw, h / n + 1);
    }
    gc.setFill(argbColor(MapPalette.DIVERGING));
    gc.fillRect(x, top + h + 6 * k, bw, redH);
    gc.setStroke(s.axis());
    gc.setLineWidth(1);
    gc.strokeRect(x, top, bw, h);
    gc.strokeRect(x, top + h + 6 * k, bw, redH);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    for (int d = 0; d <= MapPalette.RATE_DECADES; d++) {
      double py = top + h * d / MapPalette.RATE_DECADES;
      gc.strokeLine(x + bw, py, x + bw + 4 * k, py);
      gc.fillText(Numbers.compact(Math.pow(10, d)), x + bw + 6 * k, py);
    }
    gc.fillText("ρ ≥ 1", x + bw + 6 * k, top + h + 6 * k + redH / 2);
    gc.save();
    gc.translate(x + bw / 2, top - 6 * k);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText("steps per 10×", 0, 0);
    gc.restore();
  }

  static Color argbColor(int argb) {
    return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
  }

  /** The viewport of the last redraw (null when no map is drawn); for tests. */
  public Viewport viewport() {
    return viewport;
  }

  /** The map drawn last (null before one). */
  public RateMap shownMap() {
    return viewport == null ? null : imageOf;
  }
}
