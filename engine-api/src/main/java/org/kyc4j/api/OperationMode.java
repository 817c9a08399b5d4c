package org.kyc4j.api;

/** Which risk controls run: velocity control (VC) and the identity network (IDN) can be switched off. */
public enum OperationMode {
  STANDARD(true, true),
  STANDARD_VC_CLOSED(false, true),
  STANDARD_IDN_CLOSED(true, false),
  STANDARD_VC_IDN_CLOSED(false, false);

  private final boolean velocity;
  private final boolean idn;

  OperationMode(boolean velocity, boolean idn) {
    this.velocity = velocity;
    this.idn = idn;
  }

  /** Returns whether velocity control runs in this mode. */
  public boolean velocityEnabled() {
    return velocity;
  }

  /** Returns whether the identity network is queried and written in this mode. */
  public boolean idnEnabled() {
    return idn;
  }
}
