package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.MrzFormat;

/**
 * The raw character fields of a machine-readable zone, cut out by layout and not yet checked.
 * Check characters are kept as read; {@code NO_CHECK} marks a check the layout does not have.
 */
record RawMrz(MrzFormat format, String documentCode, String issuer, String name, String documentNumber,
    char documentCheck, String nationality, String dateOfBirth, char dateOfBirthCheck, String sex, String expiry,
    char expiryCheck, String optionalData, char personalCheck, char compositeCheck, String compositeData) {

  /** Marks a check digit the layout does not have. */
  static final char NO_CHECK = '\0';

  /** Cuts the lines of a zone of the given format (line count and lengths already verified). */
  static RawMrz cut(MrzFormat format, List<String> lines) {
    return switch (format) {
      case TD1 -> td1(lines.get(0), lines.get(1), lines.get(2));
      case TD2 -> twoLine(format, lines.get(0), lines.get(1), 36);
      case TD3 -> twoLine(format, lines.get(0), lines.get(1), 44);
      case MRVA -> visa(format, lines.get(0), lines.get(1), 44);
      case MRVB -> visa(format, lines.get(0), lines.get(1), 36);
      case NONE -> throw new IllegalArgumentException("format NONE has no layout");
    };
  }

  private static RawMrz td1(String upper, String middle, String lower) {
    Overflow number = Overflow.of(upper.substring(5, 14), upper.charAt(14), upper.substring(15, 30));
    String optional = number.rest() + "<" + middle.substring(18, 29);
    String composite = upper.substring(5, 30) + middle.substring(0, 7) + middle.substring(8, 15)
        + middle.substring(18, 29);
    return new RawMrz(MrzFormat.TD1, upper.substring(0, 2), upper.substring(2, 5), lower, number.number(),
        number.check(), middle.substring(15, 18), middle.substring(0, 6), middle.charAt(6),
        middle.substring(7, 8), middle.substring(8, 14), middle.charAt(14), optional, NO_CHECK, middle.charAt(29),
        composite);
  }

  private static RawMrz twoLine(MrzFormat format, String upper, String lower, int length) {
    boolean td3 = format == MrzFormat.TD3;
    int optionalEnd = td3 ? 42 : 35;
    Overflow number = td3
        ? new Overflow(lower.substring(0, 9), lower.charAt(9), lower.substring(28, optionalEnd))
        : Overflow.of(lower.substring(0, 9), lower.charAt(9), lower.substring(28, optionalEnd));
    String composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21, length - 1);
    return new RawMrz(format, upper.substring(0, 2), upper.substring(2, 5), upper.substring(5, length),
        number.number(), number.check(), lower.substring(10, 13), lower.substring(13, 19), lower.charAt(19),
        lower.substring(20, 21), lower.substring(21, 27), lower.charAt(27), number.rest(),
        td3 ? lower.charAt(42) : NO_CHECK, lower.charAt(length - 1), composite);
  }

  private static RawMrz visa(MrzFormat format, String upper, String lower, int length) {
    return new RawMrz(format, upper.substring(0, 2), upper.substring(2, 5), upper.substring(5, length),
        lower.substring(0, 9), lower.charAt(9), lower.substring(10, 13), lower.substring(13, 19), lower.charAt(19),
        lower.substring(20, 21), lower.substring(21, 27), lower.charAt(27), lower.substring(28, length), NO_CHECK,
        NO_CHECK, null);
  }

  /**
   * A document number with its check character and the optional data that follows it. ICAO 9303
   * lets TD1 and TD2 numbers longer than 9 characters continue in the optional data: the check
   * position then holds a filler, and the optional data starts with the rest of the number, its
   * check digit and a filler.
   */
  record Overflow(String number, char check, String rest) {
    static Overflow of(String principal, char check, String optional) {
      if (check != '<') {
        return new Overflow(principal, check, optional);
      }
      int end = optional.indexOf('<');
      String run = end < 0 ? optional : optional.substring(0, end);
      if (run.isEmpty()) {
        return new Overflow(principal, check, optional);
      }
      String rest = end < 0 ? "" : optional.substring(end);
      return new Overflow(principal + run.substring(0, run.length() - 1), run.charAt(run.length() - 1), rest);
    }
  }
}
