package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.JointDescent;
import org.gradientlab.hyper.TrainingEdge;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The outer landscape C_T(log λ, η) of T-step unrolled training as a heat map, with the joint
 * hypergradient descent path on (log λ, η) and the theoretical cliff of the training loop shown
 * dashed and labelled (η = 2/(L + λ) for gradient descent, 2(1+α)/(L + λ) for momentum): above it
 * training diverges, w_T overflows and C has no value (the grey region). The box is the model's,
 * which contains the whole path. Click to start the path elsewhere.
 */
public final class OuterLandscapeView extends CanvasPlot {

  private static final Color PATH = Color.web("#ff5e57");
  static final Color OPTIMUM = Color.web("#ffffff");

  private final HyperModel model;
  private final List<Point2D> drawnEdge = new ArrayList<>();
  private String edgeLabel = "";
  private Point2D drawnBest;
  private WritableImage image;
  private Viewport viewport;

  public OuterLandscapeView(HyperModel model) {
    this.model = model;
    model.landscapeProperty().addListener((o, a, b) -> {
      if (b == null) {
        image = null;
      } else if (a == null || a.heatmap() != b.heatmap()) {
        image = HeatmapPainter.toImage(b.heatmap());
      }
      requestRedraw();
    });
    redrawOn(model.landscapeProgressProperty());
    redrawOn(model.problemProperty());
    redrawOn(model.curvesProperty());
    canvas.setOnMouseClicked(e -> {
      HyperModel.Landscape l = model.landscapeProperty().get();
      if (viewport == null || l == null || !viewport.containsPixel(e.getX(), e.getY())) {
        return;
      }
      model.jointLogLambda0Property().set(viewport.fromPixelX(e.getX()));
      model.jointEtaFraction0Property().set(viewport.fromPixelY(e.getY()) * l.curvature() / 2);
    });
    setMinSize(240, 200);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    HyperModel.Landscape l = model.landscapeProperty().get();
    if (l != null && l.problem() != model.problemProperty().get()) {
      l = null; // the last problem's picture: not this one's
    }
    double progress = model.landscapeProgressProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    String title = l == null ? "Outer landscape C_T(λ, η)"
        : "C_T(λ, η), T = " + l.objective().loop().steps() + " steps of " + l.objective().loop().method();
    gc.fillText(title + (progress < 1 ? "   computing… " + Math.round(progress * 100) + " %" : ""),
        56 * k, 18 * k);
    if (l == null || image == null || w < 200 || h < 160) {
      viewport = null;
      return;
    }
    Domain d = l.heatmap().view();
    viewport = new Viewport(d, 64 * k, 28 * k, w - 150 * k, h - 150 * k);
    HeatmapPainter.paint(gc, viewport, l.heatmap(), image, s);
    HeatmapPainter.paintColorBar(gc, viewport, l.heatmap(), s, "C");
    gc.save();
    HeatmapPainter.clipToPlot(gc, viewport);
    // The cliff from theory, for the training loop shown: gradient descent on L_train + (λ/2)‖w‖²
    // diverges past η = 2/(L + λ), heavy-ball momentum past 2(1+α)/(L + λ).
    Unrolled.Loop loop = l.objective().loop();
    gc.setStroke(Color.WHITE);
    gc.setLineWidth(1.5 * k);
    gc.setLineDashes(6 * k, 5 * k);
    gc.beginPath();
    drawnEdge.clear();
    for (int i = 0; i <= 200; i++) {
      double x = d.xMin() + d.width() * i / 200;
      double eta = TrainingEdge.edge(loop.method(), loop.alpha(), l.curvature(), Math.exp(x));
      Point2D px = new Point2D(viewport.toPixelX(x), viewport.toPixelY(eta));
      drawnEdge.add(px);
      if (i == 0) {
        gc.moveTo(px.getX(), px.getY());
      } else {
        gc.lineTo(px.getX(), px.getY());
      }
    }
    gc.stroke();
    gc.setLineDashes();
    // Its label, just under the line's left end (inside the plot whenever the edge is).
    Point2D edgeStart = drawnEdge.get(0);
    gc.setFill(Color.WHITE);
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    edgeLabel = "edge " + TrainingEdge.edgeFormula(loop.method())
        + (loop.method() == UnrolledMethod.MOMENTUM ? ", α = " + Numbers.compact(loop.alpha()) : "");
    gc.fillText(edgeLabel, edgeStart.getX() + 6 * k, edgeStart.getY() + 4 * k);
    List<JointDescent.Point> path = l.path();
    gc.setStroke(s.halo());
    gc.setLineWidth(s.lineWidth() + 2 * k);
    strokePath(gc, path);
    gc.setStroke(PATH);
    gc.setLineWidth(s.lineWidth());
    strokePath(gc, path);
    // C_T is not C: C's minimum over λ (the dense curve; η plays no part in it) as a vertical line,
    // and the best pixel of this map, which sits elsewhere until T is long enough to converge.
    double optimum = optimumLogLambda(l);
    if (!Double.isNaN(optimum)) {
      double ox = viewport.toPixelX(optimum);
      gc.setStroke(OPTIMUM);
      gc.setLineWidth(1.5 * k);
      gc.setLineDashes(2 * k, 4 * k);
      gc.strokeLine(ox, viewport.top(), ox, viewport.bottom());
      gc.setLineDashes();
      gc.setFill(OPTIMUM);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.TOP);
      gc.fillText("min of C(λ)", ox + 4 * k, viewport.top() + 4 * k);
    }
    double[] best = l.best();
    drawnBest = null;
    if (best != null && !Double.isNaN(best[0])) {
      double bx = viewport.toPixelX(best[0]);
      double by = viewport.toPixelY(best[1]);
      drawnBest = new Point2D(bx, by);
      gc.setStroke(OPTIMUM);
      gc.setLineWidth(2.5 * k);
      gc.strokeOval(bx - 7 * k, by - 7 * k, 14 * k, 14 * k);
      gc.setFill(OPTIMUM);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.TOP);
      gc.fillText("best C_T", bx + 6 * k, by + 8 * k);
    }
    if (!path.isEmpty()) {
      JointDescent.Point first = path.get(0);
      MarkerPainter.start(gc, viewport.toPixelX(first.logLambda()), viewport.toPixelY(first.eta()), s);
      JointDescent.Point last = path.get(path.size() - 1);
      MarkerPainter.dot(gc, viewport.toPixelX(last.logLambda()), viewport.toPixelY(last.eta()), PATH, true, s);
    }
    gc.restore();
    AxesPainter.paintFrame(gc, viewport, s, "log λ", "learning rate η");
    gc.setFont(s.smallFont());
    gc.setFill(s.text());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    boolean bound = l.problem().inner() instanceof org.gradientlab.hyper.LogisticProblem;
    String note = "dashed: the edge " + TrainingEdge.edgeFormula(loop.method()) + ", L = "
        + Numbers.compact(HeatmapPainter.round3(l.curvature()))
        + (bound ? " at w = 0 (a safe bound)" : "")
        + "\nyellow: C ≥ 10·C(w = 0);  grey: overflow, no value"
        + "\nC_T ≠ C(λ): after T steps w_T is not w*(λ) (stopping early regularises too)";
    double[] bestPixel = l.best();
    double optimumAt = optimumLogLambda(l);
    if (bestPixel != null && !Double.isNaN(bestPixel[0])) {
      note += "\nring: best C_T " + Numbers.compact(HeatmapPainter.round3(bestPixel[2])) + " at log λ "
          + Numbers.compact(Math.round(bestPixel[0] * 100) / 100.0)
          + (Double.isNaN(optimumAt) ? "" : ";  dotted: min C " + Numbers.compact(HeatmapPainter.round3(
              model.curvesProperty().get().validation().minimum())) + " at "
              + Numbers.compact(Math.round(optimumAt * 100) / 100.0) + "; larger T: closer");
    }
    if (!path.isEmpty()) {
      JointDescent.Point last = path.get(path.size() - 1);
      note += "\njoint descent (" + (path.size() - 1) + " steps) ends at log λ " + Numbers.compact(Math.round(last.logLambda() * 100) / 100.0)
          + ", η " + Numbers.compact(HeatmapPainter.round3(last.eta()))
          + ", C " + Numbers.compact(HeatmapPainter.round3(last.value()));
    }
    gc.fillText(note, 12 * k, viewport.bottom() + 46 * k);
  }

  /** log λ of C's minimum on the dense curve of this problem, NaN until it is known. */
  private double optimumLogLambda(HyperModel.Landscape l) {
    HyperModel.Curves c = model.curvesProperty().get();
    if (c == null || c.problem() != l.problem()) {
      return Double.NaN;
    }
    return c.validation().logLambdas()[c.validation().argmin()];
  }

  /** Where the last redraw drew C_T's best pixel (null if none); for tests. */
  public Point2D drawnBest() {
    return drawnBest;
  }

  /** Where the last redraw drew the stability edge, in the view's pixels; for tests. */
  public List<Point2D> drawnEdge() {
    return List.copyOf(drawnEdge);
  }

  /** The edge's label as last drawn; for tests. */
  public String edgeLabel() {
    return edgeLabel;
  }

  /** The viewport of the last redraw (null before one); for tests. */
  public Viewport viewport() {
    return viewport;
  }

  private void strokePath(GraphicsContext gc, List<JointDescent.Point> path) {
    for (int i = 1; i < path.size(); i++) {
      JointDescent.Point a = path.get(i - 1);
      JointDescent.Point b = path.get(i);
      gc.strokeLine(viewport.toPixelX(a.logLambda()), viewport.toPixelY(a.eta()),
          viewport.toPixelX(b.logLambda()), viewport.toPixelY(b.eta()));
    }
  }
}
