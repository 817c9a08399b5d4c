package org.kyc4j.liveness.face;

/**
 * Least-squares similarity transform (rotation, uniform scale, translation; no reflection) between two
 * 2-D point sets: Umeyama's method, which in 2-D has a closed form. With both sets centred,
 * {@code s cos = sum(p . q) / sum(|p|^2)} and {@code s sin = sum(p x q) / sum(|p|^2)}. Stateless.
 */
final class Similarity {
  private Similarity() {}

  /**
   * The similarity minimising {@code sum |T(from_i) - to_i|^2}.
   *
   * @param from x, y pairs
   * @param to x, y pairs, as many as {@code from}
   * @throws IllegalArgumentException if the sets differ in size, have fewer than 2 points or
   *     {@code from} has all its points at one place
   */
  static Affine fit(double[] from, double[] to) {
    if (from.length != to.length || from.length % 2 != 0 || from.length < 4) {
      throw new IllegalArgumentException("point sets of " + from.length + " and " + to.length
          + " values: equal, even and at least 2 points allowed");
    }
    int n = from.length / 2;
    double[] mf = mean(from);
    double[] mt = mean(to);
    double dot = 0;
    double cross = 0;
    double norm = 0;
    for (int i = 0; i < n; i++) {
      double px = from[2 * i] - mf[0];
      double py = from[2 * i + 1] - mf[1];
      double qx = to[2 * i] - mt[0];
      double qy = to[2 * i + 1] - mt[1];
      dot += px * qx + py * qy;
      cross += px * qy - py * qx;
      norm += px * px + py * py;
    }
    if (!(norm > 0)) {
      throw new IllegalArgumentException("source points all coincide: no transform is defined");
    }
    double a = dot / norm;
    double b = cross / norm;
    return new Affine(a, -b, mt[0] - (a * mf[0] - b * mf[1]), b, a, mt[1] - (b * mf[0] + a * mf[1]));
  }

  private static double[] mean(double[] points) {
    double x = 0;
    double y = 0;
    int n = points.length / 2;
    for (int i = 0; i < n; i++) {
      x += points[2 * i];
      y += points[2 * i + 1];
    }
    return new double[] {x / n, y / n};
  }
}
