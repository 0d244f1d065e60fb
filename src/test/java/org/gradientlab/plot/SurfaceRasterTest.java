package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.QuadraticBowl;
import org.junit.jupiter.api.Test;

/**
 * The surface drawn without 3-D: the bowl ½(x² + y²) over (−1, 1)², whose rim stands above its
 * floor, with its own heat map as texture.
 */
class SurfaceRasterTest {

  private static final int RED = 0xffff0000;
  private static final int BLUE = 0xff0000ff;
  private static final int BACKGROUND = 0xff101010;
  private static final SurfaceRaster.Style STYLE = new SurfaceRaster.Style(0.6, 0.6, 2.2, BACKGROUND);

  private final Domain view = new Domain(-1, 1, -1, 1);
  private final QuadraticBowl bowl = new QuadraticBowl(1, 0);
  private final Heatmap map = Heatmap.render(bowl, view, 60, 60, () -> false);

  /** The bowl on a linear scale from 0 to {@code top}: the rim's middle, f = ½, is ½/top of the box high. */
  private SurfaceMesh mesh(double top) {
    return SurfaceMesh.sample(bowl, SurfaceFrame.of(view, new ValueScale(0, top, false, 1)), 41, 41, () -> false);
  }

  private static int at(int[] picture, int width, double[] p) {
    return picture[(int) p[1] * width + (int) p[0]];
  }

  private static double[] lifted(SurfaceCamera c, double[] p) {
    return c.project(p[0], p[1] - STYLE.lift(), p[2]);
  }

  @Test
  void aMarkerOnTheFloorIsHiddenByTheNearRimFromLowDownAndSeenFromAbove() {
    SurfaceMesh m = mesh(0.5); // the rim's middle at the top of the box
    double[] floor = {0, 0, 0};
    List<SurfaceRaster.Path> paths = List.of(new SurfaceRaster.Path(List.of(), floor, RED));
    SurfaceCamera low = new SurfaceCamera(5, 0, 230, 35, 400, 300);
    int[] fromLow = SurfaceRaster.render(m, map, paths, low, STYLE);
    int hidden = at(fromLow, 400, lifted(low, floor));
    assertThat(hidden).isNotEqualTo(RED).isNotEqualTo(BACKGROUND);
    SurfaceCamera above = new SurfaceCamera(90, 0, 230, 35, 400, 300);
    int[] fromAbove = SurfaceRaster.render(m, map, paths, above, STYLE);
    assertThat(at(fromAbove, 400, lifted(above, floor))).isEqualTo(RED);
  }

  @Test
  void whereTwoPathsCrossTheNearerOneShowsWhicheverIsDrawnFirst() {
    SurfaceMesh m = mesh(10); // a shallow bowl, everything under the paths
    List<List<double[]>> high = List.of(List.of(new double[] {-30, -30, 0}, new double[] {30, -30, 0}));
    List<List<double[]>> low = List.of(List.of(new double[] {0, -20, -30}, new double[] {0, -20, 30}));
    SurfaceCamera above = new SurfaceCamera(90, 0, 230, 35, 400, 400);
    double[] crossing = lifted(above, new double[] {0, -30, 0});
    for (List<SurfaceRaster.Path> order : List.of(
        List.of(new SurfaceRaster.Path(high, null, RED), new SurfaceRaster.Path(low, null, BLUE)),
        List.of(new SurfaceRaster.Path(low, null, BLUE), new SurfaceRaster.Path(high, null, RED)))) {
      int[] picture = SurfaceRaster.render(m, map, order, above, STYLE);
      assertThat(at(picture, 400, crossing)).isEqualTo(RED);
      // Away from the crossing the lower path shows.
      assertThat(at(picture, 400, lifted(above, new double[] {0, -20, 20}))).isEqualTo(BLUE);
    }
  }

  @Test
  void theSurfaceWearsTheHeatMapsColourDimmedByNoMoreThanItsLight() {
    SurfaceMesh m = mesh(10);
    SurfaceCamera above = new SurfaceCamera(90, 0, 230, 35, 400, 400);
    int[] picture = SurfaceRaster.render(m, map, List.of(), above, STYLE);
    SurfaceFrame frame = m.frame();
    for (double[] xy : new double[][] {{0.5, 0.5}, {-0.6, 0.2}, {0.1, -0.7}}) {
      double[] p = above.project(frame.x(xy[0]), frame.y(bowl.value(xy)), frame.z(xy[1]));
      int shown = at(picture, 400, p);
      int colour = SurfaceRaster.colourAt(map, (xy[0] + 1) / 2, (1 - xy[1]) / 2);
      for (int shift : new int[] {16, 8, 0}) {
        double ratio = ((shown >> shift) & 0xff) / (double) Math.max(1, (colour >> shift) & 0xff);
        if (((colour >> shift) & 0xff) > 40) {
          assertThat(ratio).isBetween(SurfaceRaster.AMBIENT - 0.05, 1.02);
        }
      }
    }
    // Outside the box: the background.
    assertThat(picture[0]).isEqualTo(BACKGROUND);
  }

  @Test
  void aFaceTurnedTowardsTheLightIsLitFully() {
    // Flat faces seen and lit from straight above: the light above the camera, the normal up.
    double[] a = {0, 0, 100};
    double[] b = {10, 0, 100};
    double[] c = {0, 0, 110};
    double[] up = {0, -1, 0};
    double[] light = {3.33, -1e6, 103.3};
    assertThat(SurfaceRaster.facing(a, b, c, up, light)).isGreaterThan(0.999999);
    // Either winding: the upper side faces the light.
    assertThat(SurfaceRaster.facing(a, c, b, up, light)).isGreaterThan(0.999999);
  }
}
