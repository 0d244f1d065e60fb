package org.gradientlab.plot;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Objective;

/**
 * The picture of a 2-D landscape over a view: f at every pixel centre, coloured with viridis on a
 * linear or log {@link ValueScale}, and contour segments at nice levels. Computed off the UI thread
 * and cached by the view for one (objective, view, size).
 *
 * @param argb width × height opaque pixels, row 0 at the top (y = view.yMax)
 */
public record Heatmap(
    Objective objective,
    Domain view,
    int width,
    int height,
    int[] argb,
    ValueScale scale,
    double[] levels,
    List<ContourSegment> contours) {

  /** Contours are traced on a grid this many pixels apart: smooth enough, 16× fewer cells. */
  public static final int CONTOUR_STRIDE = 4;
  public static final int CONTOUR_LEVELS = 12;
  /** Pictures at least this large are computed with a parallel loop over rows. */
  static final int PARALLEL_PIXELS = 20_000;

  /** Renders {@code f} over {@code view} at {@code width × height} pixels, on every core for large pictures. */
  public static Heatmap render(
      Objective f, Domain view, int width, int height, BooleanSupplier cancelled) {
    return render(f, view, width, height, cancelled, width * height >= PARALLEL_PIXELS);
  }

  /** The same, choosing whether rows are computed in parallel (not while another job needs a core). */
  public static Heatmap render(Objective f, Domain view, int width, int height,
      BooleanSupplier cancelled, boolean parallel) {
    float[] values = new float[width * height];
    double[] xs = new double[width];
    for (int col = 0; col < width; col++) {
      xs[col] = view.xMin() + (col + 0.5) / width * view.width();
    }
    GridEvaluable.RowEvaluator byRows = f instanceof GridEvaluable g ? g.onColumns(xs) : null;
    // Rows in parallel on both cores: every objective may be evaluated from several threads.
    java.util.stream.IntStream rowStream = java.util.stream.IntStream.range(0, height);
    (parallel ? rowStream.parallel() : rowStream).forEach(row -> {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException();
      }
      double y = view.yMax() - (row + 0.5) / height * view.height();
      if (byRows != null) {
        double[] out = new double[width];
        byRows.row(y, out);
        for (int col = 0; col < width; col++) {
          values[row * width + col] = (float) out[col];
        }
        return;
      }
      double[] p = {0, y};
      for (int col = 0; col < width; col++) {
        p[0] = xs[col];
        values[row * width + col] = (float) f.value(p);
      }
    });
    ValueScale scale = ValueScale.fit(values);
    int[] argb = new int[values.length];
    java.util.function.DoubleUnaryOperator normalize = scale.normalizer();
    for (int i = 0; i < values.length; i++) {
      argb[i] = ColorMap.viridis(normalize.applyAsDouble(values[i]));
    }
    // Contours on a coarser grid, on the transformed scale so that log levels are evenly spread.
    int cols = (width - 1) / CONTOUR_STRIDE + 1;
    int rows = (height - 1) / CONTOUR_STRIDE + 1;
    float[] coarse = new float[cols * rows];
    for (int j = 0; j < rows; j++) {
      for (int i = 0; i < cols; i++) {
        float v = values[(j * CONTOUR_STRIDE) * width + i * CONTOUR_STRIDE];
        coarse[j * cols + i] = Float.isFinite(v) ? (float) scale.transform(v) : Float.NaN;
      }
    }
    double[] levels = ContourTracer.niceLevels(scale, CONTOUR_LEVELS);
    double[] transformedLevels = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      transformedLevels[i] = scale.transform(levels[i]);
    }
    double dx = view.width() / width * CONTOUR_STRIDE;
    double dy = -view.height() / height * CONTOUR_STRIDE;
    double x0 = view.xMin() + 0.5 / width * view.width();
    double y0 = view.yMax() - 0.5 / height * view.height();
    List<ContourSegment> traced =
        ContourTracer.trace(coarse, cols, rows, x0, y0, dx, dy, transformedLevels);
    // Report levels in f units again.
    List<ContourSegment> contours = new java.util.ArrayList<>(traced.size());
    for (ContourSegment s : traced) {
      contours.add(new ContourSegment(scale.inverse(s.level()), s.x0(), s.y0(), s.x1(), s.y1()));
    }
    return new Heatmap(f, view, width, height, argb, scale, levels, List.copyOf(contours));
  }
}
