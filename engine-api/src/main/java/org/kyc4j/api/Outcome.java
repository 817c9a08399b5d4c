package org.kyc4j.api;

/** What one detector concluded. */
public enum Outcome {
  /** The check ran and passed. */
  PASS,
  /** The check ran and failed; how this counts depends on the detector's {@link Stage}. */
  FAIL,
  /** The check ran and asks for manual review (PENDING). */
  REVIEW,
  /** The check did not run (level CLOSED, product, operation mode, or a missing input). */
  SKIPPED,
  /** The check is configured but not implemented; never counts as a pass. */
  NOT_SUPPORTED,
  /** The detector failed internally; never counts as a pass. */
  ERROR
}
