package org.kyc4j.document.internal;

import java.util.Arrays;
import org.kyc4j.api.RgbImage;

/**
 * Colour cues of a document raster, from opponent chromaticity (r - g and (r + g) / 2 - b over luma),
 * measured on a copy area-averaged to a long side of {@value #LONG_SIDE} px over pixels of luma
 * {@value #MIN_LUMA} to {@value #MAX_LUMA}. The spread is how far pixels' chromaticity lies from the
 * median (the paper's, with the light's cast): a black-and-white copy of a colour document keeps one
 * chromaticity everywhere, whatever the light, so its spread collapses; a colour card's printed
 * colours spread it. The cast is the median's distance from neutral, the tint a screen gives.
 * Stateless.
 */
public final class ColourSpread {
  static final int LONG_SIDE = 320;
  static final int MIN_LUMA = 40;
  static final int MAX_LUMA = 250;

  /**
   * The colour cues, in percent of luma.
   *
   * @param spread the 95th percentile of the chromaticity distance from the median
   * @param spread90 the 90th percentile of the same
   * @param cast the median chromaticity's distance from neutral grey
   * @param pixels how many pixels were measured
   */
  public record Measure(double spread, double spread90, double cast, int pixels) {}

  private ColourSpread() {}

  /** Measures {@code image}; a raster without measurable pixels gives a spread and cast of 0. */
  public static Measure of(RgbImage image) {
    int w = image.width();
    int h = image.height();
    int step = Math.max(1, (int) Math.ceil((double) Math.max(w, h) / LONG_SIDE));
    int cells = ((w + step - 1) / step) * ((h + step - 1) / step);
    double[] rg = new double[cells];
    double[] yb = new double[cells];
    int n = 0;
    for (int y0 = 0; y0 < h; y0 += step) {
      for (int x0 = 0; x0 < w; x0 += step) {
        double[] mean = cellMean(image, x0, y0, step);
        double luma = 0.299 * mean[0] + 0.587 * mean[1] + 0.114 * mean[2];
        if (luma >= MIN_LUMA && luma <= MAX_LUMA) {
          rg[n] = 100 * (mean[0] - mean[1]) / luma;
          yb[n] = 100 * ((mean[0] + mean[1]) / 2 - mean[2]) / luma;
          n++;
        }
      }
    }
    if (n == 0) {
      return new Measure(0, 0, 0, 0);
    }
    double mrg = PeriodicSpectrum.median(Arrays.copyOf(rg, n));
    double myb = PeriodicSpectrum.median(Arrays.copyOf(yb, n));
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      distance[i] = Math.hypot(rg[i] - mrg, yb[i] - myb);
    }
    Arrays.sort(distance);
    return new Measure(distance[(int) (0.95 * (n - 1))], distance[(int) (0.90 * (n - 1))], Math.hypot(mrg, myb), n);
  }

  private static double[] cellMean(RgbImage image, int x0, int y0, int step) {
    double[] sum = new double[3];
    int count = 0;
    for (int y = y0; y < Math.min(image.height(), y0 + step); y++) {
      for (int x = x0; x < Math.min(image.width(), x0 + step); x++) {
        int p = image.rgb(x, y);
        sum[0] += (p >> 16) & 0xFF;
        sum[1] += (p >> 8) & 0xFF;
        sum[2] += p & 0xFF;
        count++;
      }
    }
    return new double[] {sum[0] / count, sum[1] / count, sum[2] / count};
  }
}
