package org.kyc4j.benchmarks;

import java.util.Locale;

/** The 95% Wilson score interval every evaluation reports its rates with. Stateless and thread-safe. */
public final class Wilson {
  private static final double Z = 1.959964;

  private Wilson() {}

  /** Returns {low, high} of the 95% Wilson score interval of {@code k} successes in {@code n > 0} trials. */
  public static double[] interval(long k, int n) {
    if (n <= 0 || k < 0 || k > n) {
      throw new IllegalArgumentException("a Wilson interval needs 0 <= k <= n and n > 0; got k " + k + ", n " + n);
    }
    double p = (double) k / n;
    double denominator = 1 + Z * Z / n;
    double centre = (p + Z * Z / (2 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Formats {@code k} of {@code n} as {@code k/n = p% [low, high]}, percentages to one decimal. */
  public static String share(long k, int n) {
    double[] ci = interval(k, n);
    return String.format(Locale.ROOT, "%d/%d = %.1f%% [%.1f, %.1f]", k, n, 100.0 * k / n, 100 * ci[0], 100 * ci[1]);
  }
}
