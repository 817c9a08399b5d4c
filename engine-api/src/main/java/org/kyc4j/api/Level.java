package org.kyc4j.api;

/**
 * How strictly one check runs. Each detector publishes a threshold table that says what a level
 * means for it; {@link #CLOSED} switches the check off (meant for testing).
 */
public enum Level {
  /** The check does not run; its finding is {@code SKIPPED}. */
  CLOSED,
  /** Fewer false rejections, more attacks let through. */
  LOOSE,
  /** The default balance. */
  STANDARD,
  /** Fewer attacks let through, more false rejections. */
  STRICT;

  /** Returns whether a check at this level runs at all. */
  public boolean runs() {
    return this != CLOSED;
  }
}
