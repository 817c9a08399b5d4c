package org.kyc4j.api;

/** An active liveness action the applicant is asked to perform during the selfie capture. */
public enum Action {
  /** Close and reopen both eyes. */
  FACEBLINK,
  /** Open the mouth wide, then close it. */
  MOUTHOPEN,
  /** Turn the head to the applicant's own left. */
  HEADSHAKE_LEFT,
  /** Turn the head to the applicant's own right. */
  HEADSHAKE_RIGHT,
  /** Lower the head (nod down). */
  HEADLOWER,
  /** Raise the head (look up). */
  HEADRAISE
}
