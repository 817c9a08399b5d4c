package org.kyc4j.api;

/** The kinds of risk the identity network and velocity control report, each in one group. */
public enum RiskType {
  SAME_FACE_DIFFERENT_ID_NUMBER(Group.FAKE_ID),
  SAME_ID_DIFFERENT_FACE(Group.FAKE_ID),
  SAME_FACE_DIFFERENT_PERSON(Group.FAKE_ID),
  SAME_ID_DIFFERENT_PERSON(Group.FAKE_ID),
  SAME_PERSON_DIFFERENT_FACE(Group.FAKE_ID),
  SAME_PERSON_DIFFERENT_ID_NUMBER(Group.FAKE_ID),
  SAME_FACE_DIFFERENT_ID_TYPE(Group.DUPLICATED_ID),
  SAME_FACE_DIFFERENT_USER_ID(Group.DUPLICATED_ID),
  SAME_FACE_BACKGROUND_DIFFERENT_FACE(Group.BATCH_REGISTRATION),
  IDN_THRESHOLD(Group.THRESHOLD),
  VELOCITY(Group.VELOCITY);

  private final Group group;

  RiskType(Group group) {
    this.group = group;
  }

  /** Returns the group this risk type belongs to. */
  public Group group() {
    return group;
  }

  /** Groups of risk types, each with its own reason code. */
  public enum Group {
    FAKE_ID(ReasonCode.IDN_FAKE_ID),
    DUPLICATED_ID(ReasonCode.IDN_DUPLICATED_ID),
    BATCH_REGISTRATION(ReasonCode.IDN_BATCH_REGISTRATION),
    THRESHOLD(ReasonCode.IDN_THRESHOLD_EXCEEDED),
    VELOCITY(ReasonCode.VELOCITY_LIMITED);

    private final ReasonCode reasonCode;

    Group(ReasonCode reasonCode) {
      this.reasonCode = reasonCode;
    }

    /** Returns the reason code a hit of this group gives. */
    public ReasonCode reasonCode() {
      return reasonCode;
    }
  }
}
