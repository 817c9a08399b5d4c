package org.kyc4j.idn.internal;

/**
 * One search's query: the float vector, its int8 quantisation for the kernel, and the bound that
 * makes the int8 pre-filter exact. With {@code q ~ step * codes} and stored faces of unit length,
 * {@code |sim(q, x) - step * scale(x) * dot(codes, x)| <= |q - step * codes| = error}, so a face
 * whose kernel score is below {@code threshold - error} cannot match; the others are checked with
 * {@link FaceCodes#similarity}. Immutable; built per call, so concurrent searches share nothing.
 */
final class FaceQuery {
  /** Slack for float rounding in the scores (far above their relative error of about 1e-7). */
  private static final double ROUNDING_SLACK = 1e-5;

  final float[] vector;
  final int[] codes;
  final float threshold;
  final long from;
  final long to;
  /** The query is about {@code step * codes}. */
  final float step;
  /** A face with {@code acc * scale < candidateLimit} cannot match. */
  final float candidateLimit;

  FaceQuery(float[] vector, int dimension, float threshold, long from, long to) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("query has " + vector.length + " values; allowed: " + dimension);
    }
    if (Float.isNaN(threshold)) {
      throw new IllegalArgumentException("threshold is NaN; allowed: a number, usually in [-1, 1]");
    }
    this.vector = vector.clone();
    this.codes = new int[FaceCodes.words(dimension) << 2];
    this.threshold = threshold;
    this.from = from;
    this.to = to;
    float max = 0f;
    for (float v : this.vector) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("query holds " + v + "; allowed: finite values");
      }
      max = Math.max(max, Math.abs(v));
    }
    if (max == 0f) {
      throw new IllegalArgumentException("query is zero; allowed: a non-zero (unit-length) vector");
    }
    double step = max / (double) FaceCodes.MAX_CODE;
    double error2 = 0;
    for (int i = 0; i < dimension; i++) {
      codes[i] = (int) Math.round(this.vector[i] / step);
      double diff = this.vector[i] - step * codes[i];
      error2 += diff * diff;
    }
    double error = Math.sqrt(error2);
    this.step = (float) step;
    this.candidateLimit = (float) ((threshold - error - ROUNDING_SLACK) / step);
  }

  /** Returns whether the window is empty. */
  boolean emptyWindow() {
    return from > to;
  }
}
