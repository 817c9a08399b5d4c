package org.kyc4j.document.internal;

import org.opencv.core.Point;

/**
 * Refits each side of a four-corner approximation to the outline points near its middle (a total
 * least-squares line) and moves the corners to the refitted sides' intersections, which is more
 * exact than the simplified polygon's vertices. Hand-written: a covariance and an eigenvector.
 */
final class SideFit {
  private SideFit() {}

  /** Returns the refined clockwise quad, or {@code quad} itself when a side has too few points or a corner would move far. */
  static double[] refine(double[] quad, Point[] outline) {
    double perimeter = 0;
    for (int i = 0; i < 4; i++) {
      perimeter += Quads.side(quad, i);
    }
    double[][] lines = new double[4][];
    for (int i = 0; i < 4; i++) {
      lines[i] = fit(quad, i, outline, 0.01 * perimeter + 1.5);
      if (lines[i] == null) {
        return quad;
      }
    }
    double[] refined = new double[8];
    for (int i = 0; i < 4; i++) {
      double[] corner = Quads.intersect(lines[(i + 3) % 4], lines[i]);
      if (corner == null) {
        return quad;
      }
      refined[2 * i] = corner[0];
      refined[2 * i + 1] = corner[1];
    }
    boolean near = Quads.maxCornerDistance(refined, quad) < 0.03 * perimeter;
    return near && Quads.convex(refined) ? refined : quad;
  }

  private static double[] fit(double[] quad, int side, Point[] outline, double band) {
    int j = (side + 1) % 4;
    double ax = quad[2 * side];
    double ay = quad[2 * side + 1];
    double dx = quad[2 * j] - ax;
    double dy = quad[2 * j + 1] - ay;
    double length = Math.hypot(dx, dy);
    double ux = dx / length;
    double uy = dy / length;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    int n = 0;
    for (Point p : outline) {
      double along = (p.x - ax) * ux + (p.y - ay) * uy;
      double across = Math.abs(-(p.x - ax) * uy + (p.y - ay) * ux);
      if (across <= band && along > 0.1 * length && along < 0.9 * length) {
        sx += p.x;
        sy += p.y;
        sxx += p.x * p.x;
        syy += p.y * p.y;
        sxy += p.x * p.y;
        n++;
      }
    }
    if (n < 10) {
      return null;
    }
    double mx = sx / n;
    double my = sy / n;
    double cxx = sxx / n - mx * mx;
    double cyy = syy / n - my * my;
    double cxy = sxy / n - mx * my;
    double angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    return new double[] {mx, my, Math.cos(angle), Math.sin(angle)};
  }
}
