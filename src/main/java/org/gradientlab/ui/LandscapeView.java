package org.gradientlab.ui;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.DefaultView;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.PathReducer;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.InsideModel;
import org.gradientlab.viewmodel.LandscapeImageModel;

/**
 * A 2-D landscape: heat map of f (viridis, log-scaled where the range is wide) with labelled
 * contours, axes and a colour bar, the known minima, and every optimizer's path with its current
 * iterate. Click or drag to move the start point; scroll to zoom about the pointer; drag with
 * Shift or the right button to pan.
 *
 * <p>Two layers, always repainted together in one turn of the FX thread, so that paths, markers
 * and arrows never lag behind the heat map and axes (zoom, pan, reset, resize, theme, present
 * mode): the heat map comes from {@link LandscapeImageModel}, computed off the FX thread once per
 * (objective, view, size), and until the new one is ready the previous image is stretched into
 * place; the background is repainted only when what it shows changed, the paths layer every time.
 * Paths are reduced to what the pixels can show ({@link PathReducer}) and stroked as one polyline.
 */
public final class LandscapeView extends Region {

  private static final double ZOOM_PER_WHEEL_UNIT = 0.0025;
  /** Small dots mark every iterate of runs up to this long. */
  private static final int DOTS_UP_TO = 400;

  private final LabModel model;
  private final LandscapeImageModel image;
  private final Canvas background = new Canvas();
  private final Canvas overlay = new Canvas();
  private final Label message = new Label();
  private final ObjectProperty<PlotStyle> style = new SimpleObjectProperty<>(PlotStyle.DARK);
  private final BooleanProperty showGradient = new SimpleBooleanProperty(false);
  private final CoalescingRedraw redraw = new CoalescingRedraw(this::redraw);
  private final Map<Trajectory, CachedPath> paths = new IdentityHashMap<>();
  /** Images of the last heat maps shown, newest first: a map shown again is not converted again. */
  private final java.util.ArrayDeque<HeatImage> heatImages = new java.util.ArrayDeque<>();
  private List<Object> backgroundShows;
  private SceneResult defaultViewOf;
  private Domain defaultView;
  private Viewport viewport;
  /** The pointer's pixel over the plot (the point under it changes when the view does), or null. */
  private double[] hover;
  private double dragX;
  private double dragY;
  private boolean panning;
  private boolean redrawing;

  private record HeatImage(Heatmap map, WritableImage image) {}

  /** A reduced path, kept while the trajectory, its last step shown and the pixel mapping stay. */
  private record CachedPath(int last, Viewport vp, double share, PathReducer.Path path) {}

  public LandscapeView(LabModel model, LandscapeImageModel image) {
    this.model = model;
    this.image = image;
    getStyleClass().add("landscape-view");
    message.setId("landscape-message");
    message.getStyleClass().add("status-error");
    message.setWrapText(true);
    message.setManaged(false);
    message.setMouseTransparent(true);
    message.textProperty().bind(image.errorProperty());
    message.visibleProperty().bind(image.errorProperty().isNotEmpty());
    getChildren().addAll(background, overlay, message);
    for (javafx.beans.Observable o : List.of(model.resultProperty(), model.viewProperty(),
        model.playback().frameProperty(), style, showGradient,
        model.inside().insideProperty(), model.panels(), model.guessProperty())) {
      o.addListener(x -> redraw.request());
    }
    // A kept heat map comes at once, inside the redraw that asked for it and that paints it: no
    // second redraw for it.
    image.heatmapProperty().addListener(x -> {
      if (!redrawing) {
        redraw.request();
      }
    });
    installMouse();
    setMinSize(200, 150);
    setPrefSize(1000, 700);
  }

  public ObjectProperty<PlotStyle> plotStyleProperty() {
    return style;
  }

  public BooleanProperty showGradientProperty() {
    return showGradient;
  }

  /** The heat map computed for this view (for tests and exports). */
  public ReadOnlyObjectProperty<Heatmap> heatmapProperty() {
    return image.heatmapProperty();
  }

  /** The heat map last asked for (what the view shows once it is computed); null before. */
  public LandscapeImageModel.Request requestedHeatmap() {
    return image.requested();
  }

  /** The pixel mapping on screen now (painted in the same turn as everything drawn with it). */
  public Viewport viewport() {
    return viewport;
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    message.resizeRelocate(70, 30, Math.max(50, w - 180), message.prefHeight(Math.max(50, w - 180)));
    if (background.getWidth() != w || background.getHeight() != h) {
      background.setWidth(w);
      background.setHeight(h);
      overlay.setWidth(w);
      overlay.setHeight(h);
      redraw();
    }
  }

  // ---- geometry -----------------------------------------------------------------------------

  /** The plot area inside a w × h canvas, with the data box widened to equal x and y scales. */
  static Viewport layout(Domain requested, double w, double h, PlotStyle s) {
    double k = s.scale();
    double left = 62 * k;
    double top = 24 * k;
    double right = 92 * k; // colour bar and its labels
    double bottom = 50 * k;
    double pw = Math.max(10, w - left - right);
    double ph = Math.max(10, h - top - bottom);
    double unitsPerPixel = Math.max(requested.width() / pw, requested.height() / ph);
    double halfW = unitsPerPixel * pw / 2;
    double halfH = unitsPerPixel * ph / 2;
    Domain view = new Domain(requested.centerX() - halfW, requested.centerX() + halfW,
        requested.centerY() - halfH, requested.centerY() + halfH);
    return new Viewport(view, left, top, pw, ph);
  }

  /** The view the student chose by zooming and panning, else the scene's default view. */
  private Domain requestedView(SceneResult r) {
    Domain v = model.viewProperty().get();
    if (v != null) {
      return v;
    }
    if (defaultViewOf != r) {
      defaultView = DefaultView.of(r.objective(), r.settings().start(), r.trajectories());
      defaultViewOf = r;
    }
    return defaultView;
  }

  private static boolean drawable(SceneResult r, double w, double h) {
    return r != null && r.objective().dimension() == 2 && w >= 50 && h >= 50;
  }

  // ---- painting -----------------------------------------------------------------------------

  /** Both layers for the current result, view, size, style and frame: one turn, one mapping. */
  private void redraw() {
    SceneResult r = model.getResult();
    double w = background.getWidth();
    double h = background.getHeight();
    PlotStyle s = style.get();
    Viewport vp = drawable(r, w, h) ? layout(requestedView(r), w, h, s) : null;
    viewport = vp;
    if (vp != null) {
      redrawing = true;
      try {
        image.request(new LandscapeImageModel.Request(r.objective(), vp.view(),
            (int) Math.round(vp.width()), (int) Math.round(vp.height())));
      } finally {
        redrawing = false;
      }
    }
    Heatmap map = image.getHeatmap();
    List<Object> shows = Arrays.asList(r == null ? null : r.objective(), vp, map, s, w, h);
    if (!shows.equals(backgroundShows)) {
      paintBackground(background.getGraphicsContext2D(), w, h, map, imageOf(map), s);
      backgroundShows = shows;
    }
    GraphicsContext gc = overlay.getGraphicsContext2D();
    gc.clearRect(0, 0, w, h);
    if (vp != null) {
      paintOverlay(gc, vp, r, model.playback().getFrame(), s, true);
    }
  }

  /** The image of {@code map}, converted once while it is one of the last few shown. */
  private WritableImage imageOf(Heatmap map) {
    if (map == null) {
      return null;
    }
    for (HeatImage h : heatImages) {
      if (h.map() == map) {
        return h.image();
      }
    }
    heatImages.addFirst(new HeatImage(map, HeatmapPainter.toImage(map)));
    if (heatImages.size() > LandscapeImageModel.RECENT) {
      heatImages.removeLast();
    }
    return heatImages.getFirst().image();
  }

  /** Heat map, contours, axes and colour bar for a w × h canvas. */
  private void paintBackground(GraphicsContext gc, double w, double h, Heatmap map, WritableImage image,
      PlotStyle s) {
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    SceneResult r = model.getResult();
    if (!drawable(r, w, h)) {
      return;
    }
    Viewport vp = layout(requestedView(r), w, h, s);
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    if (map != null && image != null && map.objective() == r.objective()) {
      // The image covers map.view(); placed into this viewport it stretches while zooming.
      HeatmapPainter.paint(gc, vp, map, image, s);
      HeatmapPainter.paintColorBar(gc, vp, map, s);
    }
    List<String> names = r.objective().parameterNames();
    AxesPainter.paintFrame(gc, vp, s, names.get(0), names.get(1));
  }

  /** Paths, minima, start, current iterates and arrows, for iterates 0 … frame. */
  public void paintOverlay(GraphicsContext gc, double w, double h, int frame) {
    paintOverlay(gc, w, h, frame, style.get());
  }

  private void paintOverlay(GraphicsContext gc, double w, double h, int frame, PlotStyle s) {
    SceneResult r = model.getResult();
    if (drawable(r, w, h)) {
      paintOverlay(gc, layout(requestedView(r), w, h, s), r, frame, s, false);
    }
  }

  private void paintOverlay(GraphicsContext gc, Viewport vp, SceneResult r, int frame, PlotStyle s,
      boolean onScreen) {
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    for (Minimum m : r.objective().knownMinima()) {
      MarkerPainter.minimum(gc, vp.toPixelX(m.coordinate(0)), vp.toPixelY(m.coordinate(1)), s);
    }
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      double share = 1.0 / r.trajectories().size();
      paintPath(gc, vp, t, last, s, onScreen ? cachedPath(t, last, vp, share) : reduce(t, last, vp, share));
    }
    double[] start = r.settings().start();
    MarkerPainter.start(gc, vp.toPixelX(start[0]), vp.toPixelY(start[1]), s);
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
      double px = vp.toPixelX(t.theta(last, 0));
      double py = vp.toPixelY(t.theta(last, 1));
      if (vp.containsPixel(px, py)) {
        if (showGradient.get()) {
          paintGradientArrow(gc, vp, r, t.theta(last), t.optimizer().learningRate(), c, s);
        }
        MarkerShapes.current(gc, px, py, t.optimizer().kind().style().marker(), c, s);
      }
    }
    InsideModel.Inside inside = model.inside().insideProperty().get();
    if (model.panels().contains(Panel.INSIDE) && inside != null && inside.result() == r) {
      InsidePainter.paint(gc, vp, inside, r.trajectories(), frame, s);
    }
    org.gradientlab.math.Point guess = model.guessProperty().get();
    if (guess != null) {
      MarkerPainter.guess(gc, vp.toPixelX(guess.x()), vp.toPixelY(guess.y()), s);
    }
    gc.restore();
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      MarkerPainter.exitArrow(gc, vp, vp.toPixelX(t.theta(last, 0)), vp.toPixelY(t.theta(last, 1)),
          OptimizerColors.forStyle(t.optimizer().kind(), s), s);
    }
    if (onScreen) {
      paintHover(gc, vp, r, s);
    }
  }

  private PathReducer.Path cachedPath(Trajectory t, int last, Viewport vp, double share) {
    CachedPath c = paths.get(t);
    if (c == null || c.last() != last || !c.vp().equals(vp) || c.share() != share) {
      if (c == null && paths.size() > 16) {
        paths.clear(); // trajectories of old results
      }
      c = new CachedPath(last, vp, share, reduce(t, last, vp, share));
      paths.put(t, c);
    }
    return c.path();
  }

  private static PathReducer.Path reduce(Trajectory t, int last, Viewport vp, double share) {
    return PathReducer.reduce(i -> vp.toPixelX(t.theta(i, 0)), i -> vp.toPixelY(t.theta(i, 1)),
        last + 1, vp.left() - 2, vp.top() - 2, vp.right() + 2, vp.bottom() + 2, share);
  }

  private static void paintPath(GraphicsContext gc, Viewport vp, Trajectory t, int last, PlotStyle s,
      PathReducer.Path path) {
    Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    MarkerPainter.strokeTwice(gc, path, s.halo(), s.lineWidth() + 2.5 * s.scale(), c, s.lineWidth());
    if (last <= DOTS_UP_TO) {
      MarkerPainter.dots(gc, vp, i -> vp.toPixelX(t.theta(i, 0)), i -> vp.toPixelY(t.theta(i, 1)),
          1, last, c, s);
    }
  }

  /** The step plain GD would take from here with this optimizer's η, −η∇f, drawn as an arrow. */
  private static void paintGradientArrow(GraphicsContext gc, Viewport vp, SceneResult r,
      double[] theta, double eta, Color c, PlotStyle s) {
    double[] g = r.objective().gradient(theta);
    double x0 = vp.toPixelX(theta[0]);
    double y0 = vp.toPixelY(theta[1]);
    double x1 = vp.toPixelX(theta[0] - eta * g[0]);
    double y1 = vp.toPixelY(theta[1] - eta * g[1]);
    double len = Math.hypot(x1 - x0, y1 - y0);
    if (!(len > 4) || !Double.isFinite(len)) {
      return;
    }
    double max = 0.35 * Math.min(vp.width(), vp.height());
    if (len > max) {
      x1 = x0 + (x1 - x0) * max / len;
      y1 = y0 + (y1 - y0) * max / len;
    }
    gc.setStroke(s.minimum());
    gc.setLineWidth(1.6 * s.scale());
    gc.setLineDashes(5 * s.scale(), 4 * s.scale());
    gc.strokeLine(x0, y0, x1, y1);
    gc.setLineDashes();
    MarkerPainter.arrowHead(gc, x1, y1, Math.atan2(y1 - y0, x1 - x0), 11 * s.scale(), s.minimum(), s);
  }

  private void paintHover(GraphicsContext gc, Viewport vp, SceneResult r, PlotStyle s) {
    if (hover == null || !vp.containsPixel(hover[0], hover[1])) {
      return;
    }
    Point at = new Point(vp.fromPixelX(hover[0]), vp.fromPixelY(hover[1]));
    double f = r.objective().value(new double[] {at.x(), at.y()});
    List<String> names = r.objective().parameterNames();
    String text = names.get(0) + " = " + Numbers.compact(HeatmapPainter.round3(at.x())) + ",  " + names.get(1)
        + " = " + Numbers.compact(HeatmapPainter.round3(at.y())) + ",  f = " + Numbers.compact(HeatmapPainter.round3(f));
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double tw = text.length() * 6.3 * s.scale() + 12 * s.scale();
    double th = 20 * s.scale();
    double x = vp.left() + 8 * s.scale();
    double y = vp.bottom() - th - 8 * s.scale();
    gc.setFill(Color.web("#000000", 0.6));
    gc.fillRoundRect(x, y, tw, th, 8, 8);
    gc.setFill(Color.WHITE);
    gc.fillText(text, x + 6 * s.scale(), y + th / 2);
  }

  // ---- mouse --------------------------------------------------------------------------------

  /**
   * The mapping for the view as the model has it now. Several pointer events can arrive before the
   * next repaint; each must build on the one before, not on the last painted view.
   */
  private Viewport liveViewport() {
    SceneResult r = model.getResult();
    double w = background.getWidth();
    double h = background.getHeight();
    return drawable(r, w, h) ? layout(requestedView(r), w, h, style.get()) : null;
  }

  private void installMouse() {
    addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      Viewport vp = liveViewport();
      if (vp == null || !vp.containsPixel(e.getX(), e.getY())) {
        return;
      }
      dragX = e.getX();
      dragY = e.getY();
      panning = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY
          || e.getButton() == MouseButton.MIDDLE;
      setCursor(panning ? Cursor.MOVE : Cursor.CROSSHAIR);
      if (!panning) {
        moveStartTo(vp, e.getX(), e.getY());
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      Viewport vp = liveViewport();
      if (vp == null) {
        return;
      }
      if (panning) {
        double dx = vp.fromPixelX(dragX) - vp.fromPixelX(e.getX());
        double dy = vp.fromPixelY(dragY) - vp.fromPixelY(e.getY());
        dragX = e.getX();
        dragY = e.getY();
        model.pan(dx, dy, vp.view());
      } else {
        moveStartTo(vp, e.getX(), e.getY());
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.DEFAULT));
    addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
      hover = new double[] {e.getX(), e.getY()};
      redraw.request();
    });
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
      hover = null;
      redraw.request();
    });
    addEventHandler(ScrollEvent.SCROLL, e -> {
      Viewport vp = liveViewport();
      if (vp == null || e.getDeltaY() == 0) {
        return;
      }
      double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_WHEEL_UNIT);
      model.zoom(vp.fromPixelX(e.getX()), vp.fromPixelY(e.getY()), factor, vp.view());
      e.consume();
    });
  }

  private void moveStartTo(Viewport vp, double px, double py) {
    double x = Math.max(vp.view().xMin(), Math.min(vp.view().xMax(), vp.fromPixelX(px)));
    double y = Math.max(vp.view().yMin(), Math.min(vp.view().yMax(), vp.fromPixelY(py)));
    model.moveStart(new Point(x, y));
  }

  // ---- export -------------------------------------------------------------------------------

  /**
   * What an export at {@code scale} needs, captured on the FX thread: the heat map for it can then
   * be rendered on any thread ({@link #renderHeatmap}) and painted back on the FX thread.
   */
  public record ExportJob(Objective objective, Domain view, double width, double height,
      double scale, int frame, PlotStyle style) {
    /** The heat map at scale × the plot area's pixels: sharp at 2× and 4×. */
    public Heatmap renderHeatmap(java.util.function.BooleanSupplier cancelled) {
      Viewport vp = layout(view, width, height, style);
      return Heatmap.render(objective, vp.view(), (int) Math.round(vp.width() * scale),
          (int) Math.round(vp.height() * scale), cancelled);
    }
  }

  /** The job for exporting this view as it is now, at {@code scale}; null before the first result. */
  public ExportJob exportJob(double scale) {
    return exportJob(scale, Math.max(200, getWidth()), Math.max(150, getHeight()), style.get());
  }

  /**
   * The same for a picture of {@code width × height} logical pixels (e.g. a slide's) in style
   * {@code s}; null before the first result or for a 1-D objective.
   */
  public ExportJob exportJob(double scale, double width, double height, PlotStyle s) {
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 2) {
      return null;
    }
    return new ExportJob(r.objective(), requestedView(r), width, height, scale,
        model.playback().getFrame(), s);
  }

  /** Paints the view at the job's scale and style with its high-resolution heat map (FX thread). */
  public WritableImage paintExport(ExportJob job, Heatmap map, WritableImage mapImage, int frame) {
    Canvas c = new Canvas(Math.round(job.width() * job.scale()), Math.round(job.height() * job.scale()));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(job.scale(), job.scale());
    paintBackground(gc, job.width(), job.height(), map, mapImage, job.style());
    paintOverlay(gc, job.width(), job.height(), frame, job.style());
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setFill(job.style().background());
    return c.snapshot(params, null);
  }

  /** The same, converting the heat map to an image first. */
  public WritableImage paintExport(ExportJob job, Heatmap map, int frame) {
    return paintExport(job, map, HeatmapPainter.toImage(map), frame);
  }
}
