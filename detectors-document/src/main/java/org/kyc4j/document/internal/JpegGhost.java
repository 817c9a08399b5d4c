package org.kyc4j.document.internal;

import java.util.Arrays;

/**
 * The JPEG ghost of a decoded photo's luma (after Farid, "Exposing digital forgeries from JPEG ghosts",
 * 2009), measured without re-encoding: each 8x8 block (on the photo's own grid) is DCT-transformed once,
 * and for each candidate quality of the IJG tables the quantisation error of its coefficients is compared
 * with what a coefficient off any lattice would give ({@code q^2 / 12}). Content compressed at that
 * quality on this grid sits on the lattice (ratio well below 1); a region pasted from elsewhere (its own
 * grid, another quality) does not (ratio near 1). Only coefficients larger than half a step count.
 * Hand-written: the JDK's JPEG codec gives neither coefficients nor a re-quantiser. Stateless.
 */
final class JpegGhost {
  /** Candidate IJG qualities of the earlier compression, coarsest first (the JDK writer's 0.75 is about 88). */
  static final int[] QUALITIES = {50, 60, 70, 75, 80, 85, 88, 90, 92, 95};
  /** The IJG (Annex K) luminance table, row-major. */
  private static final int[] LUMINANCE = {
      16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
      14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
      18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
      49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
  private static final double[][] BASIS = new double[8][8];

  static {
    for (int k = 0; k < 8; k++) {
      double scale = k == 0 ? Math.sqrt(0.125) : 0.5;
      for (int n = 0; n < 8; n++) {
        BASIS[k][n] = scale * Math.cos((2 * n + 1) * k * Math.PI / 16);
      }
    }
  }

  private JpegGhost() {}

  /** The step of each coefficient at {@code quality}, as the IJG library scales its table. */
  static double[] steps(int quality) {
    int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
    double[] out = new double[64];
    for (int i = 0; i < 64; i++) {
      out[i] = Math.max(1, Math.min(255, (LUMINANCE[i] * scale + 50) / 100));
    }
    return out;
  }

  /**
   * Accumulates, for the block at (bx, by) and every candidate quality, the squared quantisation error
   * and the off-lattice expectation of its AC coefficients larger than half a step, into
   * {@code error[q]} and {@code expected[q]}.
   */
  static void block(float[] luma, int width, int bx, int by, double[][] steps, double[] error, double[] expected) {
    double[] rows = new double[64];
    for (int y = 0; y < 8; y++) {
      int base = (by + y) * width + bx;
      for (int k = 0; k < 8; k++) {
        double sum = 0;
        for (int x = 0; x < 8; x++) {
          sum += BASIS[k][x] * luma[base + x];
        }
        rows[y * 8 + k] = sum;
      }
    }
    for (int v = 0; v < 8; v++) {
      for (int u = 0; u < 8; u++) {
        if (u + v == 0) {
          continue;
        }
        double c = 0;
        for (int y = 0; y < 8; y++) {
          c += BASIS[v][y] * rows[y * 8 + u];
        }
        for (int q = 0; q < steps.length; q++) {
          double step = steps[q][v * 8 + u];
          if (Math.abs(c) > step / 2) {
            double e = c - step * Math.rint(c / step);
            error[q] += e * e;
            expected[q] += step * step / 12;
          }
        }
      }
    }
  }

  /** The table steps of every candidate quality. */
  static double[][] candidateSteps() {
    double[][] out = new double[QUALITIES.length][];
    for (int q = 0; q < QUALITIES.length; q++) {
      out[q] = steps(QUALITIES[q]);
    }
    return out;
  }

  /**
   * Returns the coarsest quality whose ratio is at most {@code limit} (the earliest compression still on
   * the photo's lattice: the last save is finer and puts everything on its own lattice), or the one with
   * the smallest ratio when none is.
   */
  static int coarsestOnLattice(double[] ratios, double limit) {
    int best = 0;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] <= limit) {
        return i;
      }
      best = ratios[i] < ratios[best] ? i : best;
    }
    return best;
  }

  static double[] copy(double[] values, int n) {
    return Arrays.copyOf(values, n);
  }
}
