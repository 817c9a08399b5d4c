package org.kyc4j.document;

import org.kyc4j.api.MrzFormat;

/**
 * What ICAO 9303 allows at each position of a zone: {@code L} a letter or filler, {@code D} a digit
 * (or filler in dates of unknown parts), {@code A} letters, digits or fillers (document numbers,
 * optional data), {@code C} a check digit, which reading never changes. Stateless.
 */
final class MrzTemplate {
  private MrzTemplate() {}

  /** Returns one class string per line of the format. */
  static String[] of(MrzFormat format) {
    return switch (format) {
      case TD1 -> new String[] {"LLLLL" + "A".repeat(9) + "C" + "A".repeat(15),
          "DDDDDDCLDDDDDDCLLL" + "A".repeat(11) + "C", "L".repeat(30)};
      case TD2 -> new String[] {"L".repeat(36), "A".repeat(9) + "CLLLDDDDDDCLDDDDDDC" + "A".repeat(7) + "C"};
      case MRVB -> new String[] {"L".repeat(36), "A".repeat(9) + "CLLLDDDDDDCLDDDDDDC" + "A".repeat(8)};
      case TD3 -> new String[] {"L".repeat(44), "A".repeat(9) + "CLLLDDDDDDCLDDDDDDC" + "A".repeat(14) + "CC"};
      case MRVA -> new String[] {"L".repeat(44), "A".repeat(9) + "CLLLDDDDDDCLDDDDDDC" + "A".repeat(16)};
      case NONE -> throw new IllegalArgumentException("format NONE has no template");
    };
  }
}
