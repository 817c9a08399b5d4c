package org.kyc4j.document.internal;

import java.util.Arrays;
import org.kyc4j.api.RgbImage;

/**
 * Local inconsistencies of a decoded JPEG photo, on windows of {@value #WINDOW} px of its luma. The
 * double-compression trace ({@link JpegGhost}): a photo saved again after an edit keeps its earlier
 * compression's lattice on its 8x8 grid, except where a region was pasted from elsewhere (another grid,
 * another quality), whose ghost ratio stands above the photo's. The noise level: the robust (median)
 * high-pass residual of each window; a pasted region's noise differs from the photo's. Each anomaly is
 * taken over 3x3 windows (ghost errors summed, noise anomalies averaged), so a region must span about
 * 3 x {@value #WINDOW} px to count. Stateless.
 */
public final class JpegTraces {
  /** Side of a window, a multiple of 8. */
  public static final int WINDOW = 32;
  /** The off-lattice expectation a window needs to be judged (about 12 coefficients above half a step). */
  static final double MIN_EXPECTED = 40;
  /**
   * The photo's median ghost ratio above which no earlier compression on its grid shows (resized, or
   * never compressed before its last save): the ghost cue does not apply and scores 0.
   */
  public static final double MAX_LATTICE = 0.5;

  /**
   * The traces of one photo.
   *
   * @param gridScore the largest 3x3-window ghost ratio above the photo's (0 when no earlier lattice shows)
   * @param noiseScore the largest 3x3-window mean of |log2(window noise / photo's median noise)|
   * @param lattice the photo's median ghost ratio at its best quality (well below 1: compressed before)
   * @param quality the candidate quality of the earlier compression with the smallest ratio
   * @param columns windows across
   * @param rows windows down
   * @param grid the 3x3-window grid anomaly per window, row-major
   * @param noise the 3x3 mean noise anomaly per window, row-major
   */
  public record Measure(double gridScore, double noiseScore, double lattice, int quality, int columns, int rows,
      double[] grid, double[] noise) {
    /**
     * Returns the region (x, y, w, h in photo pixels) of windows whose anomaly is at least
     * {@code threshold}, connected to the worst window of {@code map}.
     */
    public int[] region(double[] map, double threshold) {
      int worst = 0;
      for (int i = 1; i < map.length; i++) {
        worst = map[i] > map[worst] ? i : worst;
      }
      boolean[] seen = new boolean[map.length];
      int[] stack = new int[map.length];
      int top = 0;
      stack[top++] = worst;
      seen[worst] = true;
      int minX = columns;
      int minY = rows;
      int maxX = -1;
      int maxY = -1;
      while (top > 0) {
        int i = stack[--top];
        int cx = i % columns;
        int cy = i / columns;
        minX = Math.min(minX, cx);
        maxX = Math.max(maxX, cx);
        minY = Math.min(minY, cy);
        maxY = Math.max(maxY, cy);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = cx + dx;
            int ny = cy + dy;
            int j = ny * columns + nx;
            if (nx >= 0 && ny >= 0 && nx < columns && ny < rows && !seen[j] && map[j] >= threshold) {
              seen[j] = true;
              stack[top++] = j;
            }
          }
        }
      }
      return new int[] {minX * WINDOW, minY * WINDOW, (maxX - minX + 1) * WINDOW, (maxY - minY + 1) * WINDOW};
    }
  }

  private JpegTraces() {}

  /** Returns whether {@code bytes} start with the JPEG start-of-image marker. */
  public static boolean isJpeg(byte[] bytes) {
    return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
  }

  /** Measures {@code photo}, which must be at least 3 windows in each direction (else both scores are 0). */
  public static Measure of(RgbImage photo) {
    int columns = photo.width() / WINDOW;
    int rows = photo.height() / WINDOW;
    if (columns < 3 || rows < 3) {
      return new Measure(0, 0, 1, 0, Math.max(1, columns), Math.max(1, rows), new double[1], new double[1]);
    }
    float[] luma = photo.luma();
    int width = photo.width();
    int qualities = JpegGhost.QUALITIES.length;
    double[][] steps = JpegGhost.candidateSteps();
    double[][] error = new double[columns * rows][qualities];
    double[][] expected = new double[columns * rows][qualities];
    double[] sigma = new double[columns * rows];
    double[] residual = new double[(WINDOW - 2) * (WINDOW - 2)];
    for (int wy = 0; wy < rows; wy++) {
      for (int wx = 0; wx < columns; wx++) {
        int w = wy * columns + wx;
        for (int by = 0; by < WINDOW; by += 8) {
          for (int bx = 0; bx < WINDOW; bx += 8) {
            JpegGhost.block(luma, width, wx * WINDOW + bx, wy * WINDOW + by, steps, error[w], expected[w]);
          }
        }
        sigma[w] = noise(luma, width, wx * WINDOW, wy * WINDOW, residual);
      }
    }
    return judge(error, expected, sigma, columns, rows);
  }

  /** Immerkaer's noise estimate with a median instead of a mean, robust to the window's edges. */
  private static double noise(float[] luma, int width, int x0, int y0, double[] residual) {
    int n = 0;
    for (int y = y0 + 1; y < y0 + WINDOW - 1; y++) {
      for (int x = x0 + 1; x < x0 + WINDOW - 1; x++) {
        int i = y * width + x;
        double m = luma[i - width - 1] - 2 * luma[i - width] + luma[i - width + 1]
            - 2 * luma[i - 1] + 4 * luma[i] - 2 * luma[i + 1]
            + luma[i + width - 1] - 2 * luma[i + width] + luma[i + width + 1];
        residual[n++] = Math.abs(m);
      }
    }
    Arrays.sort(residual, 0, n);
    return residual[n / 2] * 1.4826 / 6;
  }

  private static Measure judge(double[][] error, double[][] expected, double[] sigma, int columns, int rows) {
    int qualities = JpegGhost.QUALITIES.length;
    double[] medians = new double[qualities];
    for (int q = 0; q < qualities; q++) {
      double[] ratios = new double[error.length];
      int n = 0;
      for (int w = 0; w < error.length; w++) {
        if (expected[w][q] >= MIN_EXPECTED) {
          ratios[n++] = error[w][q] / expected[w][q];
        }
      }
      medians[q] = n < 9 ? 1 : PeriodicSpectrum.median(JpegGhost.copy(ratios, n));
    }
    int best = JpegGhost.coarsestOnLattice(medians, MAX_LATTICE);
    double lattice = medians[best];
    double[] grid = new double[error.length];
    if (lattice <= MAX_LATTICE) {
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < columns; x++) {
          grid[y * columns + x] = ghost(error, expected, columns, rows, x, y, best, lattice);
        }
      }
    }
    double[] textured = new double[sigma.length];
    int n = 0;
    for (int w = 0; w < sigma.length; w++) {
      if (expected[w][best] >= MIN_EXPECTED) {
        textured[n++] = sigma[w];
      }
    }
    double medianNoise = n == 0 ? 0 : PeriodicSpectrum.median(Arrays.copyOf(textured, n));
    double[] noiseAnomaly = new double[sigma.length];
    for (int w = 0; w < sigma.length; w++) {
      noiseAnomaly[w] = expected[w][best] < MIN_EXPECTED || medianNoise <= 0 ? 0
          : Math.abs(Math.log((sigma[w] + 0.25) / (medianNoise + 0.25)) / Math.log(2));
    }
    double[] noise = smooth(noiseAnomaly, columns, rows);
    return new Measure(max(grid), max(noise), lattice, JpegGhost.QUALITIES[best], columns, rows, grid, noise);
  }

  /** The ghost ratio of the 3x3 windows about (x, y), errors and expectations summed, minus the photo's. */
  private static double ghost(double[][] error, double[][] expected, int columns, int rows, int x, int y, int q,
      double lattice) {
    double e = 0;
    double x2 = 0;
    for (int j = Math.max(0, y - 1); j <= Math.min(rows - 1, y + 1); j++) {
      for (int i = Math.max(0, x - 1); i <= Math.min(columns - 1, x + 1); i++) {
        e += error[j * columns + i][q];
        x2 += expected[j * columns + i][q];
      }
    }
    return x2 < 5 * MIN_EXPECTED ? 0 : Math.max(0, e / x2 - lattice);
  }

  /** The mean over each window's 3x3 neighbourhood (edge windows over the part inside). */
  private static double[] smooth(double[] map, int columns, int rows) {
    double[] out = new double[map.length];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, y - 1); j <= Math.min(rows - 1, y + 1); j++) {
          for (int i = Math.max(0, x - 1); i <= Math.min(columns - 1, x + 1); i++) {
            sum += map[j * columns + i];
            count++;
          }
        }
        out[y * columns + x] = count < 9 ? sum / 9 : sum / count;
      }
    }
    return out;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
