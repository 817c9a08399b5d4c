package org.kyc4j.api;

/**
 * Why a check did not pass, as a stable numeric code in one range per {@link Category}. Codes
 * never change meaning; new ones are appended within their range.
 */
public enum ReasonCode {
  DOC_IMAGE_INVALID(1001, "a document photo is empty, truncated, too large or not an image"),
  DOC_NOT_FOUND(1002, "no document was found in the photo"),
  DOC_BLURRED(1003, "the document is blurred"),
  DOC_REFLECTION(1004, "glare or reflection hides part of the document"),
  DOC_OCCLUDED(1005, "something covers part of the document"),
  DOC_CUT_OFF(1006, "part of the document lies outside the photo"),
  DOC_EXPOSURE(1007, "the document photo is too dark or too bright"),
  DOC_PRINTED_COPY(1010, "the document is a printed copy, not the original material"),
  DOC_SCREEN_RECAPTURE(1011, "the document is a photo of a screen"),
  DOC_TAMPERED(1012, "the document shows signs of tampering"),
  DOC_MRZ_UNREADABLE(1020, "the machine-readable zone could not be read"),
  DOC_MRZ_INVALID(1021, "a check digit or field of the machine-readable zone is invalid"),
  DOC_ID_NUMBER_INVALID(1022, "the ID number breaks its document type's rules"),
  DOC_FIELD_MISMATCH(1023, "a document field differs from the claimed value"),
  DOC_EXPIRED(1024, "the document has expired"),

  FACE_IMAGE_INVALID(2001, "a selfie frame is empty, truncated, too large or not an image"),
  NO_FACE(2002, "no face was found"),
  MULTIPLE_FACES(2003, "more than one face of comparable size was found"),
  FACE_TOO_SMALL(2004, "the face is too small"),
  FACE_TOO_DARK(2005, "the face is too dark"),
  FACE_TOO_BRIGHT(2006, "the face is too bright"),
  FACE_BLURRED(2007, "the face is blurred"),
  FACE_BUSY_BACKGROUND(2008, "the background behind the face is too busy"),
  FACE_BORDER(2009, "a border or frame surrounds the face"),
  FACE_OCCLUDED(2010, "part of the face is covered"),
  FACE_POSE(2011, "the head is turned too far"),

  ACTION_FAILED(3001, "a requested liveness action was not performed"),
  SPOOF_DETECTED(3002, "the face is a presentation attack (print, screen or mask)"),
  INJECTION_DETECTED(3003, "the frames were replayed or synthesised rather than captured"),
  FRAMES_INCONSISTENT(3004, "the frames do not show one continuous capture"),
  CHALLENGE_INVALID(3005, "the named liveness challenge is unknown, expired or already used"),

  FACE_MISMATCH(4001, "the selfie does not match the document portrait"),
  PORTRAIT_NOT_FOUND(4002, "no portrait was found on the document"),

  IDN_FAKE_ID(5001, "the identity network found a fake identity"),
  IDN_DUPLICATED_ID(5002, "the identity network found a duplicated identity"),
  IDN_BATCH_REGISTRATION(5003, "the identity network found batch registration"),
  IDN_THRESHOLD_EXCEEDED(5004, "too many users share this document, or documents this user"),
  VELOCITY_LIMITED(5010, "too many failed attempts; refused until the cooldown ends"),

  DETECTOR_ERROR(8001, "a detector failed with an internal error"),
  DETECTOR_TIMEOUT(8002, "a detector did not finish in time"),
  CHECK_NOT_SUPPORTED(8003, "the check is configured but not implemented by any installed detector"),
  CHECK_SKIPPED(8004, "the check was not run (level CLOSED, product or mode, or a missing input)"),

  THIRD_PARTY_UNAVAILABLE(9001, "a third-party service the check relies on was unavailable");

  private final int code;
  private final String description;

  ReasonCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** Returns the stable numeric code. */
  public int code() {
    return code;
  }

  /** Returns a one-line description in English. */
  public String description() {
    return description;
  }

  /**
   * Returns whether this reason is evidence of an attack (spoof, injection, tampering, fake
   * identity), which velocity control counts against the user, device and ID number.
   */
  public boolean isAttack() {
    return switch (this) {
      case DOC_PRINTED_COPY, DOC_SCREEN_RECAPTURE, DOC_TAMPERED, SPOOF_DETECTED, INJECTION_DETECTED,
          FRAMES_INCONSISTENT, IDN_FAKE_ID -> true;
      default -> false;
    };
  }

  /** Returns the range this code lies in. */
  public Category category() {
    return Category.of(code);
  }

  /** The numeric ranges of reason codes. */
  public enum Category {
    DOCUMENT(1000, 1999),
    FACE(2000, 2999),
    LIVENESS(3000, 3999),
    MATCH(4000, 4999),
    RISK(5000, 5999),
    INTERNAL(8000, 8999),
    THIRD_PARTY(9000, 9999);

    private final int low;
    private final int high;

    Category(int low, int high) {
      this.low = low;
      this.high = high;
    }

    /** Returns the lowest code of the range. */
    public int low() {
      return low;
    }

    /** Returns the highest code of the range. */
    public int high() {
      return high;
    }

    static Category of(int code) {
      for (Category category : values()) {
        if (code >= category.low && code <= category.high) {
          return category;
        }
      }
      throw new IllegalStateException("reason code " + code + " lies in no category");
    }
  }
}
