package org.kyc4j.liveness.face;

/**
 * A 2-D affine map {@code (x, y) -> (a x + b y + c, d x + e y + f)}. Every transform of the face
 * pipeline (letterbox, mesh crop, face chip) is one of these, from the continuous coordinates of a
 * model input (pixel {@code i} spans {@code [i, i + 1)}) to those of the image. Immutable.
 */
record Affine(double a, double b, double c, double d, double e, double f) {
  Affine {
    double[] all = {a, b, c, d, e, f};
    for (double v : all) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("affine coefficients must be finite, got " + java.util.Arrays.toString(all));
      }
    }
  }

  static final Affine IDENTITY = new Affine(1, 0, 0, 0, 1, 0);

  /** Uniform scale {@code s}, rotation {@code angle} (radians, y down: clockwise on screen), then translation. */
  static Affine similarity(double s, double angle, double tx, double ty) {
    double cos = s * Math.cos(angle);
    double sin = s * Math.sin(angle);
    return new Affine(cos, -sin, tx, sin, cos, ty);
  }

  double x(double px, double py) {
    return a * px + b * py + c;
  }

  double y(double px, double py) {
    return d * px + e * py + f;
  }

  double determinant() {
    return a * e - b * d;
  }

  /** The map applying {@code first} and then this one. */
  Affine after(Affine first) {
    return new Affine(
        a * first.a + b * first.d, a * first.b + b * first.e, a * first.c + b * first.f + c,
        d * first.a + e * first.d, d * first.b + e * first.e, d * first.c + e * first.f + f);
  }

  /** The inverse map; throws when this one is (nearly) singular. */
  Affine inverse() {
    double det = determinant();
    double norm = Math.max(Math.max(Math.abs(a), Math.abs(b)), Math.max(Math.abs(d), Math.abs(e)));
    if (Math.abs(det) <= 1e-12 * norm * norm || det == 0) {
      throw new IllegalStateException("affine map " + this + " is singular (determinant " + det + ")");
    }
    double ia = e / det;
    double ib = -b / det;
    double id = -d / det;
    double ie = a / det;
    return new Affine(ia, ib, -(ia * c + ib * f), id, ie, -(id * c + ie * f));
  }

  /** The larger length of the images of the two unit vectors: how many image pixels one output pixel spans. */
  double maxStretch() {
    return Math.max(Math.hypot(a, d), Math.hypot(b, e));
  }
}
