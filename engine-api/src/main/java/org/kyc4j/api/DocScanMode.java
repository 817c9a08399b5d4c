package org.kyc4j.api;

/**
 * How the client captured the document, as the mirrored product's {@code docScanMode} numbers it.
 * The mode says which photos a request carries ({@link #MULTI_ANGLE} adds an angled front photo)
 * and how the card may lie in them; the strength of document anti-spoofing is the separate
 * {@code docAntiSpoof} level, which the presets pair with the mode as the product does.
 */
public enum DocScanMode {
  /** 1: the applicant takes the photos by hand; the product pairs it with basic anti-spoofing. */
  SELF_CAPTURE(1, false),
  /** 2: scanned automatically, with advanced anti-spoofing (for example against printed colour copies). */
  DEEP_SCAN(2, true),
  /** 3: scanned automatically, with basic anti-spoofing. */
  AUTO_SCAN(3, true),
  /** 4: scanned automatically while the client tracks the card, even held at an angle; basic anti-spoofing. */
  TRACE_SCAN(4, true),
  /** 5: two photos of a Hong Kong identity card, one facing it and one with the card inclined about 30 degrees. */
  MULTI_ANGLE(5, true);

  private final int code;
  private final boolean automatic;

  DocScanMode(int code, boolean automatic) {
    this.code = code;
    this.automatic = automatic;
  }

  /** Returns the product's number for this mode, 1..5. */
  public int code() {
    return code;
  }

  /** Returns whether the client takes the photos itself (every mode but {@link #SELF_CAPTURE}). */
  public boolean automatic() {
    return automatic;
  }

  /**
   * Returns the mode with the given number.
   *
   * @throws IllegalArgumentException naming the allowed numbers when there is none
   */
  public static DocScanMode ofCode(int code) {
    for (DocScanMode mode : values()) {
      if (mode.code == code) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown docScanMode " + code + "; allowed: " + allowed());
  }

  /** Returns the allowed values as the README lists them: {@code 1 (SELF_CAPTURE), 2 (DEEP_SCAN), ...}. */
  static String allowed() {
    StringBuilder text = new StringBuilder();
    for (DocScanMode mode : values()) {
      text.append(text.length() == 0 ? "" : ", ").append(mode.code).append(" (").append(mode.name()).append(')');
    }
    return text.toString();
  }
}
