package org.kyc4j.idn;

/**
 * The cosine similarities (between unit-length face embeddings) at which the identity network
 * calls two faces the same or clearly different, for one risk level. Pairs between the two
 * thresholds are a grey zone: neither a match nor a clear difference, so they raise no risk.
 * Immutable.
 *
 * @param match the similarity at or above which two faces are the same person, in [-1, 1]
 * @param clearlyDifferent the similarity below which two faces are different people, in [-1, match]
 */
public record FaceThresholds(double match, double clearlyDifferent) {
  /** Validates the ranges and their order. */
  public FaceThresholds {
    if (!(match >= -1 && match <= 1)) {
      throw new IllegalArgumentException("face match threshold " + match + "; allowed: -1..1");
    }
    if (!(clearlyDifferent >= -1 && clearlyDifferent <= match)) {
      throw new IllegalArgumentException("face clearlyDifferent threshold " + clearlyDifferent
          + "; allowed: -1..match (" + match + ")");
    }
  }
}
