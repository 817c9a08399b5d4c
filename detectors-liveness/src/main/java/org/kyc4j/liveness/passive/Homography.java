package org.kyc4j.liveness.passive;

/**
 * A plane-to-plane projective map fitted by the normalised direct linear transform (Hartley 1997):
 * both point sets are moved to their centroid and scaled to a mean distance of sqrt(2), the eight
 * unknowns (h33 = 1) are solved by linear least squares, and the map is taken back to pixels. Written by
 * hand because it is 80 lines and the project has no linear-algebra dependency. Immutable.
 */
final class Homography {
  private final double[] h;

  private Homography(double[] h) {
    this.h = h;
  }

  /**
   * Fits the map taking {@code (ax[i], ay[i])} to {@code (bx[i], by[i])}.
   *
   * @throws IllegalArgumentException with fewer than 4 points, unequal lengths, or a degenerate set
   */
  static Homography fit(double[] ax, double[] ay, double[] bx, double[] by) {
    int n = ax.length;
    if (n < 4 || ay.length != n || bx.length != n || by.length != n) {
      throw new IllegalArgumentException("need at least 4 point pairs of equal length, got " + n + ", "
          + ay.length + ", " + bx.length + ", " + by.length);
    }
    double[] ta = normaliser(ax, ay);
    double[] tb = normaliser(bx, by);
    double[][] ata = new double[8][8];
    double[] atb = new double[8];
    for (int i = 0; i < n; i++) {
      double x = (ax[i] - ta[0]) * ta[2];
      double y = (ay[i] - ta[1]) * ta[2];
      double u = (bx[i] - tb[0]) * tb[2];
      double v = (by[i] - tb[1]) * tb[2];
      accumulate(ata, atb, new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y}, u);
      accumulate(ata, atb, new double[] {0, 0, 0, x, y, 1, -v * x, -v * y}, v);
    }
    double[] p = solve(ata, atb);
    double[] m = {p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], 1};
    return new Homography(denormalise(m, ta, tb));
  }

  /** Maps {@code (x, y)}; returns {x', y'}. */
  double[] apply(double x, double y) {
    double w = h[6] * x + h[7] * y + h[8];
    return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
  }

  /** Root mean square distance between the mapped a points and the b points, in b's pixels. */
  double rmsResidual(double[] ax, double[] ay, double[] bx, double[] by) {
    double sum = 0;
    for (int i = 0; i < ax.length; i++) {
      double[] q = apply(ax[i], ay[i]);
      sum += (q[0] - bx[i]) * (q[0] - bx[i]) + (q[1] - by[i]) * (q[1] - by[i]);
    }
    return Math.sqrt(sum / ax.length);
  }

  /** {centroid x, centroid y, scale} taking the points to mean distance sqrt(2) from the origin. */
  private static double[] normaliser(double[] x, double[] y) {
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < x.length; i++) {
      cx += x[i] / x.length;
      cy += y[i] / x.length;
    }
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      d += Math.hypot(x[i] - cx, y[i] - cy) / x.length;
    }
    if (!(d > 1e-9)) {
      throw new IllegalArgumentException("the points coincide (mean spread " + d + "), no homography");
    }
    return new double[] {cx, cy, Math.sqrt(2) / d};
  }

  private static void accumulate(double[][] ata, double[] atb, double[] row, double rhs) {
    for (int r = 0; r < 8; r++) {
      atb[r] += row[r] * rhs;
      for (int c = 0; c < 8; c++) {
        ata[r][c] += row[r] * row[c];
      }
    }
  }

  /** Gaussian elimination with partial pivoting; throws on a singular system. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
      }
      if (Math.abs(a[pivot][col]) < 1e-12) {
        throw new IllegalArgumentException("degenerate point set: the least-squares system is singular");
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      double tb = b[col];
      b[col] = b[pivot];
      b[pivot] = tb;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c < n; c++) {
          a[r][c] -= f * a[col][c];
        }
        b[r] -= f * b[col];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** H = Tb^-1 * M * Ta for Ta = scale * (p - centroid). */
  private static double[] denormalise(double[] m, double[] ta, double[] tb) {
    double[] a = {ta[2], 0, -ta[2] * ta[0], 0, ta[2], -ta[2] * ta[1], 0, 0, 1};
    double s = 1 / tb[2];
    double[] bInv = {s, 0, tb[0], 0, s, tb[1], 0, 0, 1};
    double[] out = multiply(bInv, multiply(m, a));
    double w = out[8];
    for (int i = 0; i < 9; i++) {
      out[i] /= w;
    }
    return out;
  }

  private static double[] multiply(double[] p, double[] q) {
    double[] r = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        r[i * 3 + j] = p[i * 3] * q[j] + p[i * 3 + 1] * q[3 + j] + p[i * 3 + 2] * q[6 + j];
      }
    }
    return r;
  }
}
