package org.kyc4j.benchmarks.face;

import java.util.Arrays;

/**
 * Verification error rates from two sets of similarity scores (higher means more alike): mated
 * pairs (same person) and non-mated pairs (different people). A pair is accepted when its score is
 * strictly above the threshold; a pair without a score (no face found) is never accepted.
 * Immutable and thread-safe.
 */
public final class ErrorRates {
  private final double[] mated;
  private final double[] nonMated;
  private final int matedWithoutScore;
  private final int nonMatedWithoutScore;

  /**
   * Takes the scores; NaN marks a pair without a score.
   *
   * @throws IllegalArgumentException if either set is empty
   */
  public ErrorRates(double[] mated, double[] nonMated) {
    if (mated.length == 0 || nonMated.length == 0) {
      throw new IllegalArgumentException("error rates need mated and non-mated pairs, got "
          + mated.length + " and " + nonMated.length);
    }
    this.matedWithoutScore = (int) Arrays.stream(mated).filter(Double::isNaN).count();
    this.nonMatedWithoutScore = (int) Arrays.stream(nonMated).filter(Double::isNaN).count();
    this.mated = Arrays.stream(mated).filter(s -> !Double.isNaN(s)).sorted().toArray();
    this.nonMated = Arrays.stream(nonMated).filter(s -> !Double.isNaN(s)).sorted().toArray();
  }

  /** Returns the number of mated pairs, with or without a score. */
  public int matedPairs() {
    return mated.length + matedWithoutScore;
  }

  /** Returns the number of non-mated pairs, with or without a score. */
  public int nonMatedPairs() {
    return nonMated.length + nonMatedWithoutScore;
  }

  /** Returns the mated pairs without a score. */
  public int matedWithoutScore() {
    return matedWithoutScore;
  }

  /** Returns the share of non-mated pairs accepted at the threshold. */
  public double falseAcceptRate(double threshold) {
    return above(nonMated, threshold) / (double) nonMatedPairs();
  }

  /** Returns the share of mated pairs accepted at the threshold (pairs without a score count as rejected). */
  public double trueAcceptRate(double threshold) {
    return above(mated, threshold) / (double) matedPairs();
  }

  /**
   * Returns the lowest threshold whose false accept rate is at most {@code far}: the score of the
   * (k+1)-th most similar non-mated pair, k = floor(far x non-mated pairs).
   */
  public double thresholdAt(double far) {
    int allowed = (int) Math.floor(far * nonMatedPairs());
    if (allowed >= nonMated.length) {
      return Double.NEGATIVE_INFINITY;
    }
    return nonMated[nonMated.length - 1 - allowed];
  }

  /** Returns whether the data can resolve the rate: it allows at least one false accept. */
  public boolean resolves(double far) {
    return far * nonMatedPairs() >= 1;
  }

  /** Returns the equal error rate: where false accepts and false rejects cross, over every observed score. */
  public double equalErrorRate() {
    double best = 1;
    double bestGap = Double.POSITIVE_INFINITY;
    for (double[] scores : new double[][] {mated, nonMated}) {
      for (double t : scores) {
        double far = falseAcceptRate(t);
        double frr = 1 - trueAcceptRate(t);
        if (Math.abs(far - frr) < bestGap) {
          bestGap = Math.abs(far - frr);
          best = (far + frr) / 2;
        }
      }
    }
    return best;
  }

  /** Returns the mated score below which the given share of scored mated pairs lies. */
  public double matedQuantile(double share) {
    int index = (int) Math.min(mated.length - 1, Math.floor(share * mated.length));
    return mated[index];
  }

  /** Returns the distinct observed thresholds, for drawing a curve. */
  double[] thresholds() {
    double[] all = new double[mated.length + nonMated.length];
    System.arraycopy(mated, 0, all, 0, mated.length);
    System.arraycopy(nonMated, 0, all, mated.length, nonMated.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private static int above(double[] sorted, double threshold) {
    int index = Arrays.binarySearch(sorted, threshold);
    if (index < 0) {
      return sorted.length - (-index - 1);
    }
    while (index < sorted.length && sorted[index] <= threshold) {
      index++;
    }
    return sorted.length - index;
  }
}
