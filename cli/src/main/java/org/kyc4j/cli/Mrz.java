package org.kyc4j.cli;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes the ICAO 9303 TD1 machine-readable zone (three lines of 30 characters) of a sample card,
 * with the 7-3-1 check digits. Stateless.
 */
final class Mrz {
  static final int TD1_LENGTH = 30;
  private static final int[] WEIGHTS = {7, 3, 1};

  private Mrz() {}

  /**
   * Returns the ICAO check digit of {@code field}: digits count as themselves, A..Z as 10..35, the
   * filler '<' as 0, each times 7, 3, 1, 7, 3, 1, ..., summed, modulo 10.
   *
   * @throws IllegalArgumentException for a character outside 0-9, A-Z and '<'
   */
  static int checkDigit(String field) {
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += value(field.charAt(i)) * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    } else if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("'" + c + "' is not an MRZ character; allowed: 0-9, A-Z, <");
  }

  /** Returns the three TD1 lines of a card holder (document code "I<"). */
  static List<String> td1(CardHolder holder) {
    String number = pad(holder.documentNumber(), 9);
    String line1 = pad("I<" + holder.issuer() + number + checkDigit(number), TD1_LENGTH);
    String birth = yymmdd(holder.dateOfBirth());
    String expiry = yymmdd(holder.expiry());
    String line2Head = birth + checkDigit(birth) + holder.sex() + expiry + checkDigit(expiry)
        + holder.issuer() + "<".repeat(11);
    String composite = line1.substring(5) + line2Head.substring(0, 7) + line2Head.substring(8, 15)
        + line2Head.substring(18, 29);
    String line2 = line2Head + checkDigit(composite);
    String name = field(holder.surname()) + "<<" + field(holder.givenNames());
    String line3 = name.length() > TD1_LENGTH ? name.substring(0, TD1_LENGTH) : pad(name, TD1_LENGTH);
    return List.of(line1, line2, line3);
  }

  /** Returns a name in MRZ characters: upper case, every run of other characters as one '<'. */
  static String field(String name) {
    return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "<").replaceAll("^<|<$", "");
  }

  private static String yymmdd(LocalDate date) {
    return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
  }

  private static String pad(String text, int length) {
    if (text.length() > length) {
      throw new IllegalArgumentException("'" + text + "' is longer than " + length + " MRZ characters");
    }
    return text + "<".repeat(length - text.length());
  }
}
