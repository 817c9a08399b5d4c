package org.kyc4j.document.internal;

/**
 * The tonal distribution of a luma plane: mean, low and high percentiles, and the fractions of
 * crushed (near black) and clipped (near white) pixels.
 *
 * @param mean the mean luma, 0..255
 * @param p1 the 1st-percentile luma: how dark the darkest content gets
 * @param p99 the 99th-percentile luma: how bright the brightest content (the paper) gets
 * @param crushedFraction the fraction of pixels with luma at most {@value #CRUSHED}
 * @param clippedFraction the fraction of pixels with luma at least {@value #CLIPPED}
 */
public record Tones(double mean, double p1, double p99, double crushedFraction, double clippedFraction) {
  /** Luma at or below which a pixel counts as crushed to black. */
  public static final int CRUSHED = 5;
  /** Luma at or above which a pixel counts as clipped to white. */
  public static final int CLIPPED = 250;

  /** Measures a luma plane (values are rounded into 256 bins). */
  public static Tones of(Plane luma) {
    long[] histogram = new long[256];
    double sum = 0;
    for (int i = 0; i < luma.size(); i++) {
      float v = luma.at(i);
      sum += v;
      histogram[Math.max(0, Math.min(255, Math.round(v)))]++;
    }
    long n = luma.size();
    long crushed = 0;
    long clipped = 0;
    for (int v = 0; v < 256; v++) {
      crushed += v <= CRUSHED ? histogram[v] : 0;
      clipped += v >= CLIPPED ? histogram[v] : 0;
    }
    return new Tones(sum / n, percentile(histogram, n, 0.01), percentile(histogram, n, 0.99),
        (double) crushed / n, (double) clipped / n);
  }

  /** Returns the smallest bin at which the cumulative count reaches {@code q} of {@code n}. */
  static double percentile(long[] histogram, long n, double q) {
    long target = Math.max(1, (long) Math.ceil(q * n));
    long seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen >= target) {
        return v;
      }
    }
    return 255;
  }
}
