package org.kyc4j.document.internal;

import java.util.Arrays;

/**
 * Plane geometry of quadrilaterals held as {@code x1 y1 ... x4 y4} arrays: ordering, area,
 * aspect, line fits and intersections. Hand-written because it is a few lines of arithmetic on
 * eight numbers, cheaper than round trips through native Mats. Stateless.
 */
public final class Quads {
  private Quads() {}

  /** Returns the corners sorted clockwise on the image (y down) around their centroid. */
  public static double[] clockwise(double[] quad) {
    double cx = (quad[0] + quad[2] + quad[4] + quad[6]) / 4;
    double cy = (quad[1] + quad[3] + quad[5] + quad[7]) / 4;
    Integer[] order = {0, 1, 2, 3};
    Arrays.sort(order, (a, b) -> Double.compare(Math.atan2(quad[2 * a + 1] - cy, quad[2 * a] - cx),
        Math.atan2(quad[2 * b + 1] - cy, quad[2 * b] - cx)));
    double[] sorted = new double[8];
    for (int i = 0; i < 4; i++) {
      sorted[2 * i] = quad[2 * order[i]];
      sorted[2 * i + 1] = quad[2 * order[i] + 1];
    }
    return sorted;
  }

  /** Returns the clockwise quad started at corner {@code start} (0 to 3). */
  public static double[] startAt(double[] quad, int start) {
    double[] out = new double[8];
    for (int i = 0; i < 4; i++) {
      int from = (i + start) % 4;
      out[2 * i] = quad[2 * from];
      out[2 * i + 1] = quad[2 * from + 1];
    }
    return out;
  }

  /** Returns the length of side {@code i}, from corner i to corner i+1. */
  public static double side(double[] quad, int i) {
    int j = (i + 1) % 4;
    return Math.hypot(quad[2 * j] - quad[2 * i], quad[2 * j + 1] - quad[2 * i + 1]);
  }

  /** Returns the mean of sides 0 and 2 over the mean of sides 1 and 3. */
  public static double aspect(double[] quad) {
    return (side(quad, 0) + side(quad, 2)) / (side(quad, 1) + side(quad, 3));
  }

  /** Returns the area by the shoelace formula. */
  public static double area(double[] quad) {
    double twice = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      twice += quad[2 * i] * quad[2 * j + 1] - quad[2 * j] * quad[2 * i + 1];
    }
    return Math.abs(twice) / 2;
  }

  /** Returns whether the quad is strictly convex (all turns the same way). */
  public static boolean convex(double[] quad) {
    int sign = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      int k = (i + 2) % 4;
      double cross = (quad[2 * j] - quad[2 * i]) * (quad[2 * k + 1] - quad[2 * j + 1])
          - (quad[2 * j + 1] - quad[2 * i + 1]) * (quad[2 * k] - quad[2 * j]);
      int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
      if (s == 0 || (sign != 0 && s != sign)) {
        return false;
      }
      sign = s;
    }
    return true;
  }

  /** Returns the clockwise quad started so that side 0 is a long side whose direction is closest to -10 degrees. */
  public static double[] landscape(double[] clockwise) {
    int first = side(clockwise, 0) + side(clockwise, 2) >= side(clockwise, 1) + side(clockwise, 3) ? 0 : 1;
    double[] best = null;
    double bestCost = Double.MAX_VALUE;
    for (int start = first; start < 4; start += 2) {
      double[] q = startAt(clockwise, start);
      double angle = Math.toDegrees(Math.atan2(q[3] - q[1], q[2] - q[0]));
      double cost = Math.abs(normalise(angle + 10));
      if (cost < bestCost) {
        bestCost = cost;
        best = q;
      }
    }
    return best;
  }

  private static double normalise(double degrees) {
    double d = degrees % 360;
    return d > 180 ? d - 360 : d <= -180 ? d + 360 : d;
  }

  /**
   * Returns the intersection of the line through (x1, y1) in direction (dx1, dy1) with the line
   * through (x2, y2) in direction (dx2, dy2), or null when they are (nearly) parallel.
   */
  public static double[] intersect(double[] a, double[] b) {
    double det = a[2] * b[3] - a[3] * b[2];
    if (Math.abs(det) < 1e-9) {
      return null;
    }
    double t = ((b[0] - a[0]) * b[3] - (b[1] - a[1]) * b[2]) / det;
    return new double[] {a[0] + t * a[2], a[1] + t * a[3]};
  }

  /** Returns the largest distance between a corner of {@code a} and the same corner of {@code b}. */
  public static double maxCornerDistance(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < 4; i++) {
      max = Math.max(max, Math.hypot(a[2 * i] - b[2 * i], a[2 * i + 1] - b[2 * i + 1]));
    }
    return max;
  }

  /** Returns the quad scaled by {@code factor} about the origin. */
  public static double[] scaled(double[] quad, double factor) {
    double[] out = quad.clone();
    for (int i = 0; i < 8; i++) {
      out[i] *= factor;
    }
    return out;
  }

  /** Returns whether every corner of {@code inner} lies within the convex clockwise quad {@code outer}. */
  public static boolean contains(double[] outer, double[] inner) {
    for (int k = 0; k < 4; k++) {
      double x = inner[2 * k];
      double y = inner[2 * k + 1];
      for (int i = 0; i < 4; i++) {
        int j = (i + 1) % 4;
        double cross = (outer[2 * j] - outer[2 * i]) * (y - outer[2 * i + 1])
            - (outer[2 * j + 1] - outer[2 * i + 1]) * (x - outer[2 * i]);
        if (cross < 0) {
          return false;
        }
      }
    }
    return true;
  }
}
