package org.kyc4j.liveness;

/**
 * A 64-bit DCT perceptual hash of a luma raster: the raster is area-averaged to 32x32, its 8x8
 * lowest-frequency DCT coefficients are compared with their median. Frames that look alike have
 * hashes a few bits apart; sensor noise and re-encoding move few bits. Stateless and thread-safe.
 */
final class PerceptualHash {
  private static final int GRID = 32;
  private static final int BAND = 8;
  private static final double[][] COS = cosines();

  private PerceptualHash() {}

  /** Returns the hash of a {@code width x height} luma raster (any positive size). */
  static long of(float[] luma, int width, int height) {
    double[] grid = shrink(luma, width, height);
    double[] coefficients = new double[BAND * BAND];
    for (int v = 0; v < BAND; v++) {
      for (int u = 0; u < BAND; u++) {
        double sum = 0;
        for (int y = 0; y < GRID; y++) {
          double row = 0;
          for (int x = 0; x < GRID; x++) {
            row += grid[y * GRID + x] * COS[u][x];
          }
          sum += row * COS[v][y];
        }
        coefficients[v * BAND + u] = sum;
      }
    }
    double median = medianWithoutDc(coefficients);
    long hash = 0;
    for (int i = 0; i < coefficients.length; i++) {
      if (coefficients[i] > median) {
        hash |= 1L << i;
      }
    }
    return hash;
  }

  /** Returns the number of bits in which two hashes differ, 0..64. */
  static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static double[] shrink(float[] luma, int width, int height) {
    double[] grid = new double[GRID * GRID];
    for (int by = 0; by < GRID; by++) {
      int y0 = by * height / GRID;
      int y1 = Math.max(y0 + 1, (by + 1) * height / GRID);
      for (int bx = 0; bx < GRID; bx++) {
        int x0 = bx * width / GRID;
        int x1 = Math.max(x0 + 1, (bx + 1) * width / GRID);
        double sum = 0;
        for (int y = y0; y < y1; y++) {
          for (int x = x0; x < x1; x++) {
            sum += luma[y * width + x];
          }
        }
        grid[by * GRID + bx] = sum / ((double) (x1 - x0) * (y1 - y0));
      }
    }
    return grid;
  }

  private static double medianWithoutDc(double[] coefficients) {
    double[] ac = java.util.Arrays.copyOfRange(coefficients, 1, coefficients.length);
    java.util.Arrays.sort(ac);
    return ac[ac.length / 2];
  }

  private static double[][] cosines() {
    double[][] cos = new double[BAND][GRID];
    for (int u = 0; u < BAND; u++) {
      for (int x = 0; x < GRID; x++) {
        cos[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * GRID));
      }
    }
    return cos;
  }
}
