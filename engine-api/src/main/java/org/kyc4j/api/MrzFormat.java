package org.kyc4j.api;

/** The ICAO 9303 machine-readable zone layout of a document, or {@link #NONE}. */
public enum MrzFormat {
  /** Three lines of 30 characters (ID cards). */
  TD1(3, 30),
  /** Two lines of 36 characters. */
  TD2(2, 36),
  /** Two lines of 44 characters (passports). */
  TD3(2, 44),
  /** Visa format A: two lines of 44 characters. */
  MRVA(2, 44),
  /** Visa format B: two lines of 36 characters. */
  MRVB(2, 36),
  /** The document has no machine-readable zone. */
  NONE(0, 0);

  private final int lines;
  private final int lineLength;

  MrzFormat(int lines, int lineLength) {
    this.lines = lines;
    this.lineLength = lineLength;
  }

  /** Returns the number of MRZ lines, 0 for {@link #NONE}. */
  public int lines() {
    return lines;
  }

  /** Returns the length of each MRZ line, 0 for {@link #NONE}. */
  public int lineLength() {
    return lineLength;
  }
}
