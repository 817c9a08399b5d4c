package org.kyc4j.api;

/**
 * The stage a detector belongs to. Stages order detectors that do not depend on each other and
 * decide how a failed finding counts: a {@code FAIL} in DOCUMENT, FACE or LIVENESS is a FAILURE,
 * one in MATCH or RISK sends the transaction to manual review.
 */
public enum Stage {
  DOCUMENT(true),
  FACE(true),
  LIVENESS(true),
  MATCH(false),
  RISK(false);

  private final boolean failureIsFinal;

  Stage(boolean failureIsFinal) {
    this.failureIsFinal = failureIsFinal;
  }

  /** Returns whether a {@code FAIL} finding in this stage makes the decision a FAILURE. */
  public boolean failureIsFinal() {
    return failureIsFinal;
  }
}
