package org.gradientlab.plot;

import java.util.List;

/**
 * The 3-D surface drawn into pixels without a 3-D pipeline (the software renderer has none; an
 * export from the command line runs on it): the mesh, every path and its marker, projected by a
 * {@link SurfaceCamera} and rasterised with a depth buffer, so a hill hides the path behind it as
 * in the 3-D scene. The surface wears the heat map's picture (texture coordinates interpolated
 * perspective-correctly, as a GPU does) lit as the 3-D view lights it: 0.7 ambient plus 0.3 × the
 * cosine to the point light above the camera. Paths are {@code 2·pathRadius} thick tubes seen side
 * on, markers discs; both float {@code lift} above the surface. Drawn at twice the size and
 * averaged down, so edges are smooth.
 */
public final class SurfaceRaster {

  /** The view's lights: what every face gets, and the most the light above adds. */
  static final double AMBIENT = 0.7;
  static final double DIRECT = 0.3;
  /** The point light in the camera's frame (the view's PointLight at (0, −400, −150)). */
  static final double LIGHT_Y = -400;
  static final double LIGHT_Z = -150;
  private static final int SUPER = 2;

  /** A path as the 3-D view has it: polylines of scene points, its marker (null for none), its colour. */
  public record Path(List<List<double[]>> lines, double[] marker, int argb) {}

  /** The look of paths and markers in scene units. */
  public record Style(double lift, double pathRadius, double markerRadius, int background) {}

  private final int w;
  private final int h;
  private final int[] rgb;
  /** 1/z of what is drawn at each pixel (0: nothing yet); nearer is larger. */
  private final double[] inverseDepth;
  private final SurfaceCamera camera;

  private SurfaceRaster(SurfaceCamera camera, int background) {
    this.camera = camera;
    w = (int) Math.round(camera.width());
    h = (int) Math.round(camera.height());
    rgb = new int[w * h];
    inverseDepth = new double[w * h];
    java.util.Arrays.fill(rgb, background);
  }

  /**
   * The picture, {@code camera.width() × camera.height()} opaque ARGB pixels, row 0 at the top: the
   * mesh wearing {@code map}, then the paths.
   */
  public static int[] render(SurfaceMesh mesh, Heatmap map, List<Path> paths, SurfaceCamera camera, Style style) {
    SurfaceRaster r = new SurfaceRaster(camera.sized(SUPER * Math.round(camera.width()),
        SUPER * Math.round(camera.height())), style.background());
    r.drawMesh(mesh, map);
    for (Path p : paths) {
      r.drawPath(p, style);
    }
    return r.downsampled();
  }

  private void drawMesh(SurfaceMesh mesh, Heatmap map) {
    int n = mesh.cols() * mesh.rows();
    float[] pts = mesh.points();
    double[][] cam = new double[n][];
    double[][] screen = new double[n][];
    for (int k = 0; k < n; k++) {
      cam[k] = camera.toCamera(pts[3 * k], pts[3 * k + 1], pts[3 * k + 2]);
      screen[k] = camera.project(pts[3 * k], pts[3 * k + 1], pts[3 * k + 2]);
    }
    // "Up" in the world (−Y) as the camera sees it: faces are lit on their upper side.
    double[] o = camera.toCamera(0, 0, 0);
    double[] a = camera.toCamera(0, -1, 0);
    double[] up = {a[0] - o[0], a[1] - o[1], a[2] - o[2]};
    double[] light = {0, LIGHT_Y, LIGHT_Z + camera.distance()};
    int[] faces = mesh.faces();
    float[] tex = mesh.texCoords();
    for (int t = 0; t < faces.length; t += 6) {
      int i = faces[t];
      int j = faces[t + 2];
      int k = faces[t + 4];
      double shade = AMBIENT + DIRECT * Math.max(0, facing(cam[i], cam[j], cam[k], up, light));
      texturedTriangle(screen[i], screen[j], screen[k], tex[2 * i], tex[2 * i + 1], tex[2 * j],
          tex[2 * j + 1], tex[2 * k], tex[2 * k + 1], map, Math.min(1, shade));
    }
  }

  private void drawPath(Path p, Style style) {
    double f = camera.focal();
    for (List<double[]> line : p.lines()) {
      for (int i = 0; i + 1 < line.size(); i++) {
        double[] a = lifted(line.get(i), style.lift());
        double[] b = lifted(line.get(i + 1), style.lift());
        if (a[2] > 0 && b[2] > 0) {
          tube(a, b, style.pathRadius() * f, p.argb());
        }
      }
    }
    if (p.marker() != null) {
      double[] m = lifted(p.marker(), style.lift());
      if (m[2] > style.markerRadius()) {
        disc(m, style.markerRadius() * f / m[2], m[2] - style.markerRadius(), p.argb());
      }
    }
  }

  private double[] lifted(double[] p, double lift) {
    return camera.project(p[0], p[1] - lift, p[2]);
  }

  /** A segment seen side on: a quad {@code radius·f/z} pixels either side of its screen line. */
  private void tube(double[] a, double[] b, double radiusAtUnitDepth, int argb) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.hypot(dx, dy);
    double nx = len > 1e-9 ? -dy / len : 1;
    double ny = len > 1e-9 ? dx / len : 0;
    double ra = Math.max(1.5, radiusAtUnitDepth / a[2]);
    double rb = Math.max(1.5, radiusAtUnitDepth / b[2]);
    double[] a1 = {a[0] + nx * ra, a[1] + ny * ra, a[2]};
    double[] a2 = {a[0] - nx * ra, a[1] - ny * ra, a[2]};
    double[] b1 = {b[0] + nx * rb, b[1] + ny * rb, b[2]};
    double[] b2 = {b[0] - nx * rb, b[1] - ny * rb, b[2]};
    solidTriangle(a1, a2, b1, argb);
    solidTriangle(a2, b2, b1, argb);
    // Round joints, so a bent path has no notches.
    disc(a, ra, a[2], argb);
    disc(b, rb, b[2], argb);
  }

  private void disc(double[] c, double r, double depth, int argb) {
    double inv = 1 / depth;
    int x0 = Math.max(0, (int) Math.floor(c[0] - r));
    int x1 = Math.min(w - 1, (int) Math.ceil(c[0] + r));
    int y0 = Math.max(0, (int) Math.floor(c[1] - r));
    int y1 = Math.min(h - 1, (int) Math.ceil(c[1] + r));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        double ex = x + 0.5 - c[0];
        double ey = y + 0.5 - c[1];
        if (ex * ex + ey * ey <= r * r) {
          plot(x, y, inv, argb);
        }
      }
    }
  }

  private void plot(int x, int y, double inv, int argb) {
    int k = y * w + x;
    if (inv >= inverseDepth[k]) {
      inverseDepth[k] = inv;
      rgb[k] = argb;
    }
  }

  private void solidTriangle(double[] a, double[] b, double[] c, int argb) {
    triangle(a, b, c, (x, y, l0, l1, l2, inv) -> plot(x, y, inv, argb));
  }

  private void texturedTriangle(double[] a, double[] b, double[] c, double ua, double va, double ub,
      double vb, double uc, double vc, Heatmap map, double shade) {
    double ia = 1 / a[2];
    double ib = 1 / b[2];
    double ic = 1 / c[2];
    triangle(a, b, c, (x, y, l0, l1, l2, inv) -> {
      int k = y * w + x;
      if (inv >= inverseDepth[k]) {
        // Perspective-correct: u/z and 1/z are linear on the screen.
        double u = (l0 * ua * ia + l1 * ub * ib + l2 * uc * ic) / inv;
        double v = (l0 * va * ia + l1 * vb * ib + l2 * vc * ic) / inv;
        inverseDepth[k] = inv;
        rgb[k] = shaded(colourAt(map, u, v), shade);
      }
    });
  }

  private interface Fragment {
    void at(int x, int y, double l0, double l1, double l2, double inverseDepth);
  }

  /** Calls {@code f} at every pixel centre inside a, b, c with its barycentric weights and 1/z. */
  private void triangle(double[] a, double[] b, double[] c, Fragment f) {
    if (a[2] <= 0 || b[2] <= 0 || c[2] <= 0) {
      return; // behind the camera
    }
    double area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    if (!(Math.abs(area) > 1e-12)) {
      return;
    }
    int x0 = Math.max(0, (int) Math.floor(Math.min(a[0], Math.min(b[0], c[0]))));
    int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(a[0], Math.max(b[0], c[0]))));
    int y0 = Math.max(0, (int) Math.floor(Math.min(a[1], Math.min(b[1], c[1]))));
    int y1 = Math.min(h - 1, (int) Math.ceil(Math.max(a[1], Math.max(b[1], c[1]))));
    double ia = 1 / a[2];
    double ib = 1 / b[2];
    double ic = 1 / c[2];
    for (int y = y0; y <= y1; y++) {
      double py = y + 0.5;
      for (int x = x0; x <= x1; x++) {
        double px = x + 0.5;
        double l0 = ((b[0] - px) * (c[1] - py) - (b[1] - py) * (c[0] - px)) / area;
        double l1 = ((c[0] - px) * (a[1] - py) - (c[1] - py) * (a[0] - px)) / area;
        double l2 = 1 - l0 - l1;
        if (l0 >= 0 && l1 >= 0 && l2 >= 0) {
          f.at(x, y, l0, l1, l2, l0 * ia + l1 * ib + l2 * ic);
        }
      }
    }
  }

  /** The box average of each SUPER × SUPER block. */
  private int[] downsampled() {
    int ow = w / SUPER;
    int oh = h / SUPER;
    int[] out = new int[ow * oh];
    int n = SUPER * SUPER;
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int dy = 0; dy < SUPER; dy++) {
          for (int dx = 0; dx < SUPER; dx++) {
            int p = rgb[(SUPER * y + dy) * w + SUPER * x + dx];
            r += (p >> 16) & 0xff;
            g += (p >> 8) & 0xff;
            b += p & 0xff;
          }
        }
        out[y * ow + x] = 0xff000000 | (r / n) << 16 | (g / n) << 8 | (b / n);
      }
    }
    return out;
  }

  /** cos of the angle between the face's upper normal and the direction to the light. */
  static double facing(double[] a, double[] b, double[] c, double[] up, double[] light) {
    double ux = b[0] - a[0];
    double uy = b[1] - a[1];
    double uz = b[2] - a[2];
    double vx = c[0] - a[0];
    double vy = c[1] - a[1];
    double vz = c[2] - a[2];
    double nx = uy * vz - uz * vy;
    double ny = uz * vx - ux * vz;
    double nz = ux * vy - uy * vx;
    double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (!(len > 0)) {
      return 0;
    }
    double side = nx * up[0] + ny * up[1] + nz * up[2] < 0 ? -1 : 1;
    double lx = light[0] - (a[0] + b[0] + c[0]) / 3;
    double ly = light[1] - (a[1] + b[1] + c[1]) / 3;
    double lz = light[2] - (a[2] + b[2] + c[2]) / 3;
    return side * (nx * lx + ny * ly + nz * lz) / (len * Math.sqrt(lx * lx + ly * ly + lz * lz));
  }

  /** The heat map's pixel at texture coordinates (u, v): u west to east, v north to south. */
  static int colourAt(Heatmap map, double u, double v) {
    int x = Math.min(map.width() - 1, Math.max(0, (int) (u * map.width())));
    int y = Math.min(map.height() - 1, Math.max(0, (int) (v * map.height())));
    return map.argb()[y * map.width() + x];
  }

  /** An opaque colour times {@code shade} ≤ 1. */
  static int shaded(int argb, double shade) {
    int r = (int) Math.round(((argb >> 16) & 0xff) * shade);
    int g = (int) Math.round(((argb >> 8) & 0xff) * shade);
    int b = (int) Math.round((argb & 0xff) * shade);
    return 0xff000000 | r << 16 | g << 8 | b;
  }
}
