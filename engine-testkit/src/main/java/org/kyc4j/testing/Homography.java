package org.kyc4j.testing;

import org.kyc4j.spi.DocumentQuad;

/**
 * A plane projective map, here from a card's upright raster to the scene, solved from four point
 * pairs by Gaussian elimination (eight unknowns, h33 = 1). Immutable. Hand-written because the test
 * kit takes no image library and the maths is twenty lines.
 */
final class Homography {
  private final double[] h;

  private Homography(double[] h) {
    this.h = h;
  }

  /** Returns the map taking the corners of a {@code width x height} raster to the quad's corners, in order. */
  static Homography cardToScene(int width, int height, DocumentQuad quad) {
    double[] from = {0, 0, width, 0, width, height, 0, height};
    return solve(from, quad.coordinates());
  }

  /** Returns the inverse map. */
  Homography inverse() {
    double a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    double[] inv = {e - f * k, c * k - b, b * f - c * e, f * g - d, a - c * g, c * d - a * f, d * k - e * g,
        b * g - a * k, a * e - b * d};
    double s = inv[8];
    double[] out = new double[8];
    for (int i = 0; i < 8; i++) {
      out[i] = inv[i] / s;
    }
    return new Homography(out);
  }

  double x(double u, double v) {
    return (h[0] * u + h[1] * v + h[2]) / (h[6] * u + h[7] * v + 1);
  }

  double y(double u, double v) {
    return (h[3] * u + h[4] * v + h[5]) / (h[6] * u + h[7] * v + 1);
  }

  /** Returns the quad a card box maps to, corners in the box's order (top-left clockwise). */
  DocumentQuad map(CardBox box) {
    double x0 = box.x();
    double y0 = box.y();
    double x1 = box.x() + box.width();
    double y1 = box.y() + box.height();
    return DocumentQuad.of(x(x0, y0), y(x0, y0), x(x1, y0), y(x1, y0), x(x1, y1), y(x1, y1), x(x0, y1), y(x0, y1));
  }

  private static Homography solve(double[] from, double[] to) {
    double[][] m = new double[8][9];
    for (int i = 0; i < 4; i++) {
      double u = from[2 * i];
      double v = from[2 * i + 1];
      double x = to[2 * i];
      double y = to[2 * i + 1];
      m[2 * i] = new double[] {u, v, 1, 0, 0, 0, -u * x, -v * x, x};
      m[2 * i + 1] = new double[] {0, 0, 0, u, v, 1, -u * y, -v * y, y};
    }
    for (int col = 0; col < 8; col++) {
      int pivot = col;
      for (int row = col + 1; row < 8; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int row = 0; row < 8; row++) {
        if (row != col) {
          double factor = m[row][col] / m[col][col];
          for (int k = col; k < 9; k++) {
            m[row][k] -= factor * m[col][k];
          }
        }
      }
    }
    double[] h = new double[8];
    for (int i = 0; i < 8; i++) {
      h[i] = m[i][8] / m[i][i];
    }
    return new Homography(h);
  }
}
