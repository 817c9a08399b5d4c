package org.kyc4j.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes ICAO 9303 machine-readable zones (TD1 three lines of 30, TD3 two lines of 44) with their
 * check digits, computed here (ICAO 9303 part 3, 4.9: weights 7, 3, 1; digits count as themselves,
 * {@code A-Z} as 10-35, filler {@code <} as 0) so that the test kit needs no detector module. Stateless
 * and thread-safe; arguments must not be null.
 */
public final class SyntheticMrz {
  private static final Pattern MRZ_TEXT = Pattern.compile("[A-Z0-9<]*");
  private static final int[] WEIGHTS = {7, 3, 1};

  private SyntheticMrz() {}

  /**
   * Returns the check digit of {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} holds a character other than {@code A-Z 0-9 <}
   */
  public static char checkDigit(String text) {
    requireMrz("text", text);
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += value(text.charAt(i)) * WEIGHTS[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  /**
   * Returns the three TD1 lines: document code {@code I<}, issuer, document number and its check
   * digit, optional data; birth date, sex, expiry, nationality, composite check digit; the name.
   */
  public static List<String> td1(MrzHolder holder) {
    String number = field(holder.documentNumber(), 9);
    String line1 = "I<" + field(holder.issuer(), 3) + number + checkDigit(number) + field(holder.optionalData(), 15);
    String birth = date(holder.dateOfBirth());
    String expiry = date(holder.expiry());
    String line2 = birth + checkDigit(birth) + holder.sex() + expiry + checkDigit(expiry)
        + field(holder.nationality(), 3) + field("", 11);
    String composite = line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29);
    line2 += checkDigit(composite);
    return List.of(line1, line2, name(holder, 30));
  }

  /**
   * Returns the two TD3 lines: {@code P<}, issuer and name; document number, nationality, birth
   * date, sex, expiry, personal number, each with its check digit, and the composite check digit.
   */
  public static List<String> td3(MrzHolder holder) {
    String line1 = "P<" + field(holder.issuer(), 3) + name(holder, 39);
    String number = field(holder.documentNumber(), 9);
    String birth = date(holder.dateOfBirth());
    String expiry = date(holder.expiry());
    String personal = field(holder.optionalData(), 14);
    String line2 = number + checkDigit(number) + field(holder.nationality(), 3) + birth + checkDigit(birth)
        + holder.sex() + expiry + checkDigit(expiry) + personal + checkDigit(personal);
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    return List.of(line1, line2 + checkDigit(composite));
  }

  /** Returns {@code date} as the MRZ's {@code YYMMDD}. */
  public static String date(LocalDate date) {
    return String.format(Locale.ROOT, "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
  }

  private static String name(MrzHolder holder, int length) {
    String name = holder.surname().replace(' ', '<') + "<<" + holder.givenNames().replace(' ', '<');
    return field(name.length() > length ? name.substring(0, length) : name, length);
  }

  private static String field(String text, int length) {
    requireMrz("field", text);
    if (text.length() > length) {
      throw new IllegalArgumentException("MRZ field '" + text + "' is longer than " + length + " characters");
    }
    return text + "<".repeat(length - text.length());
  }

  private static void requireMrz(String name, String text) {
    Objects.requireNonNull(text, name);
    if (!MRZ_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(name + " '" + text + "' may hold only A-Z, 0-9 and <");
    }
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c == '<' ? 0 : c - 'A' + 10;
  }

  /**
   * The holder data an MRZ is written from; names in upper-case {@code A-Z} with spaces between
   * words, {@code optionalData} in MRZ characters (TD3: the personal number). Immutable.
   *
   * @param issuer the three-letter issuing state
   * @param documentNumber up to nine MRZ characters
   * @param surname the primary identifier
   * @param givenNames the secondary identifier
   * @param nationality the three-letter nationality
   * @param dateOfBirth the date of birth
   * @param sex {@code M}, {@code F} or {@code <}
   * @param expiry the expiry date
   * @param optionalData optional data, may be empty
   */
  public record MrzHolder(String issuer, String documentNumber, String surname, String givenNames,
      String nationality, LocalDate dateOfBirth, char sex, LocalDate expiry, String optionalData) {
    /** Checks that nothing is null and that the sex is M, F or {@code <}. */
    public MrzHolder {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(documentNumber, "documentNumber");
      Objects.requireNonNull(surname, "surname");
      Objects.requireNonNull(givenNames, "givenNames");
      Objects.requireNonNull(nationality, "nationality");
      Objects.requireNonNull(dateOfBirth, "dateOfBirth");
      Objects.requireNonNull(expiry, "expiry");
      Objects.requireNonNull(optionalData, "optionalData");
      if (sex != 'M' && sex != 'F' && sex != '<') {
        throw new IllegalArgumentException("sex is '" + sex + "'; allowed: M, F, <");
      }
    }
  }
}
