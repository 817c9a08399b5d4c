package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.DocumentQuad;

/** Card placements are convex, clockwise, inside the frame unless cut off, and of every quarter turn. */
class SceneComposerTest {
  private static final long SEED = Long.getLong("kyc4j.seed", 7L);

  @Test
  void placementsAreClockwiseConvexAndInside() {
    Random random = new Random(SEED);
    int[] turns = new int[4];
    for (int i = 0; i < 400; i++) {
      double aspect = i % 2 == 0 ? 1012 / 638.0 : 1250 / 880.0;
      DocumentQuad quad = SceneComposer.place(random, aspect, 1600, 1200, 0);
      double[] xy = quad.coordinates();
      String context = "seed " + SEED + " (-Dkyc4j.seed), placement " + i + ": " + quad.toPixels();
      for (int k = 0; k < 4; k++) {
        double cross = cross(xy, k, (k + 1) % 4, (k + 2) % 4);
        assertThat(cross).as("turn at corner %d, %s", k + 1, context).isPositive();
        assertThat(xy[2 * k]).as(context).isBetween(0.0, 1600.0);
        assertThat(xy[2 * k + 1]).as(context).isBetween(0.0, 1200.0);
      }
      double dx = xy[2] - xy[0];
      double dy = xy[3] - xy[1];
      int turn = (int) Math.floorMod(Math.round(Math.toDegrees(Math.atan2(dy, dx)) / 90.0), 4L);
      turns[turn]++;
    }
    assertThat(java.util.Arrays.stream(turns).min().getAsInt()).as("placements per quarter turn %s", java.util.Arrays.toString(turns)).isGreaterThan(40);
  }

  @Test
  void cutOffPlacementsLeaveTheFrame() {
    Random random = new Random(SEED);
    for (int i = 0; i < 100; i++) {
      double[] xy = SceneComposer.place(random, 1.586, 1600, 1200, 0.2).coordinates();
      boolean outside = false;
      for (int k = 0; k < 4; k++) {
        outside |= xy[2 * k] < 0 || xy[2 * k] > 1600 || xy[2 * k + 1] < 0 || xy[2 * k + 1] > 1200;
      }
      assertThat(outside).as("seed %d, placement %d", SEED, i).isTrue();
    }
  }

  /** The z of (b - a) x (c - b): positive for a clockwise turn in image coordinates (y down). */
  private static double cross(double[] xy, int a, int b, int c) {
    double ux = xy[2 * b] - xy[2 * a];
    double uy = xy[2 * b + 1] - xy[2 * a + 1];
    double vx = xy[2 * c] - xy[2 * b];
    double vy = xy[2 * c + 1] - xy[2 * b + 1];
    return ux * vy - uy * vx;
  }
}
