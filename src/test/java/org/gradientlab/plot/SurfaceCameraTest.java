package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The flat surface's camera against the pinhole model worked out by hand. */
class SurfaceCameraTest {

  private static final double EPS = 1e-9;
  private static final double MID = -SurfaceFrame.HEIGHT / 2;

  @Test
  void theBoxsMiddleLandsInThePicturesCentreFromEveryAngle() {
    for (double tilt : new double[] {0, 30, 50, 90}) {
      for (double turn : new double[] {-120, -25, 0, 70}) {
        SurfaceCamera c = new SurfaceCamera(tilt, turn, 230, 35, 800, 500);
        double[] p = c.project(0, MID, 0);
        assertThat(p[0]).isCloseTo(400, within(EPS));
        assertThat(p[1]).isCloseTo(250, within(EPS));
        assertThat(p[2]).isCloseTo(230, within(EPS));
      }
    }
  }

  @Test
  void theFieldOfViewSpansTheNarrowerSideOfThePicture() {
    // Level (tilt 0): a point distance·tan(fov/2) below the middle, at the middle's depth, is on the edge.
    double below = 230 * Math.tan(Math.toRadians(35) / 2);
    SurfaceCamera wide = new SurfaceCamera(0, 0, 230, 35, 800, 500);
    assertThat(wide.project(0, MID + below, 0)[1]).isCloseTo(500, within(1e-6));
    assertThat(wide.project(below, MID, 0)[0]).isCloseTo(400 + 250, within(1e-6));
    SurfaceCamera tall = new SurfaceCamera(0, 0, 230, 35, 300, 600);
    assertThat(tall.project(below, MID, 0)[0]).isCloseTo(300, within(1e-6));
  }

  @Test
  void fromStraightAboveNorthIsUpAndEastIsRightAsOnTheMap() {
    SurfaceCamera above = new SurfaceCamera(90, 0, 200, 35, 600, 600);
    double f = 300 / Math.tan(Math.toRadians(35) / 2);
    double[] east = above.project(10, MID, 0);
    double[] north = above.project(0, MID, 10);
    assertThat(east[0]).isCloseTo(300 + f * 10 / 200, within(1e-6));
    assertThat(east[1]).isCloseTo(300, within(1e-6));
    assertThat(north[0]).isCloseTo(300, within(1e-6));
    assertThat(north[1]).isCloseTo(300 - f * 10 / 200, within(1e-6));
    // Higher is nearer the camera up there: the floor is farther than the top of the box.
    assertThat(above.project(0, 0, 0)[2]).isGreaterThan(above.project(0, -SurfaceFrame.HEIGHT, 0)[2]);
  }

  @Test
  void turningAQuarterBringsTheEastEdgeTowardsTheCamera() {
    SurfaceCamera quarter = new SurfaceCamera(0, 90, 230, 35, 800, 500);
    // Rotate about Y by +90°: (x, z) → (z, −x), so x = 10 comes 10 nearer and north goes right.
    assertThat(quarter.project(10, MID, 0)[2]).isCloseTo(220, within(EPS));
    assertThat(quarter.project(0, MID, 10)[0]).isGreaterThan(400);
  }

  @Test
  void aCameraWithoutAPictureOrDistanceIsRefused() {
    assertThatThrownBy(() -> new SurfaceCamera(50, 0, 0, 35, 800, 500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SurfaceCamera(50, 0, 230, 35, 0, 500)).isInstanceOf(IllegalArgumentException.class);
  }
}
