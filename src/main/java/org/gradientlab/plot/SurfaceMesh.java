package org.gradientlab.plot;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.gradientlab.objective.Objective;

/**
 * A landscape as a height field for a 3-D view, computed off the UI thread: f on a grid of
 * cols × rows points spanning the view (corners included), placed by a {@link SurfaceFrame}, as
 * the arrays a triangle mesh takes. Texture coordinates put the heat-map image of the same view on
 * it (u from west to east, v from north to south, as the image's rows run), so the surface shows the
 * map's colours, and the colour of a point and its height follow the same scale.
 *
 * @param points x, y, z of grid point (i, j) at 3·(j·cols + i); row j = 0 is the north edge
 * @param texCoords u, v of grid point (i, j) at 2·(j·cols + i)
 * @param faces two triangles per cell, each p0, t0, p1, t1, p2, t2 (point and texture index alike)
 */
public record SurfaceMesh(SurfaceFrame frame, int cols, int rows, float[] points, float[] texCoords,
    int[] faces) {

  /** Grid points along the longer side of the view: fine enough to show a valley, cheap to build. */
  public static final int RESOLUTION = 97;

  /** f over {@code frame}'s view at the default resolution. */
  public static SurfaceMesh sample(Objective f, SurfaceFrame frame, BooleanSupplier cancelled) {
    double w = frame.view().width();
    double h = frame.view().height();
    int cols = w >= h ? RESOLUTION : Math.max(2, (int) Math.round(RESOLUTION * w / h));
    int rows = h >= w ? RESOLUTION : Math.max(2, (int) Math.round(RESOLUTION * h / w));
    return sample(f, frame, cols, rows, cancelled);
  }

  /** f on a cols × rows grid over {@code frame}'s view. */
  public static SurfaceMesh sample(Objective f, SurfaceFrame frame, int cols, int rows,
      BooleanSupplier cancelled) {
    if (cols < 2 || rows < 2) {
      throw new IllegalArgumentException("a surface needs at least 2 × 2 points, was " + cols + " × " + rows);
    }
    float[] points = new float[3 * cols * rows];
    float[] tex = new float[2 * cols * rows];
    double[] p = new double[2];
    for (int j = 0; j < rows; j++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException();
      }
      p[1] = gridY(frame, rows, j);
      for (int i = 0; i < cols; i++) {
        p[0] = gridX(frame, cols, i);
        int k = j * cols + i;
        points[3 * k] = (float) frame.x(p[0]);
        points[3 * k + 1] = (float) frame.y(f.value(p));
        points[3 * k + 2] = (float) frame.z(p[1]);
        tex[2 * k] = (float) i / (cols - 1);
        tex[2 * k + 1] = (float) j / (rows - 1);
      }
    }
    int[] faces = new int[12 * (cols - 1) * (rows - 1)];
    int n = 0;
    for (int j = 0; j + 1 < rows; j++) {
      for (int i = 0; i + 1 < cols; i++) {
        int a = j * cols + i;
        int b = a + 1;
        int c = a + cols;
        int d = c + 1;
        for (int v : new int[] {a, c, b, b, c, d}) {
          faces[n++] = v;
          faces[n++] = v;
        }
      }
    }
    return new SurfaceMesh(frame, cols, rows, points, tex, faces);
  }

  /** The landscape x of grid column i (0 the west edge, cols − 1 the east edge). */
  public static double gridX(SurfaceFrame frame, int cols, int i) {
    return frame.view().xMin() + (double) i / (cols - 1) * frame.view().width();
  }

  /** The landscape y of grid row j (0 the north edge). */
  public static double gridY(SurfaceFrame frame, int rows, int j) {
    return frame.view().yMax() - (double) j / (rows - 1) * frame.view().height();
  }
}
