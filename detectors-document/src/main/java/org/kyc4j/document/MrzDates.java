package org.kyc4j.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the six-character YYMMDD dates of a machine-readable zone. Stateless. */
final class MrzDates {
  private static final Pattern DIGITS = Pattern.compile("\\d{6}");
  private static final Pattern PARTLY_UNKNOWN = Pattern.compile("<{6}|\\d{2}<{4}|\\d{4}<{2}");
  /** Expiry years run at most this many years past the reference year. */
  static final int EXPIRY_YEARS_AHEAD = 50;

  private MrzDates() {}

  /**
   * Returns the date of birth, reading the two-digit year as the latest year not after
   * {@code reference}; null with no problem when ICAO fillers mark it (partly) unknown, null with a
   * problem when it is malformed or not a real date.
   */
  static LocalDate birth(String yymmdd, LocalDate reference, List<MrzProblem> problems) {
    if (PARTLY_UNKNOWN.matcher(yymmdd).matches()) {
      if (yymmdd.charAt(2) != '<') {
        checkMonth(yymmdd.substring(2, 4), MrzField.DATE_OF_BIRTH, problems);
      }
      return null;
    }
    if (!DIGITS.matcher(yymmdd).matches()) {
      problems.add(new MrzProblem(MrzField.DATE_OF_BIRTH,
          "date of birth must be 6 digits (YYMMDD), or fillers for unknown parts"));
      return null;
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int year = reference.getYear() / 100 * 100 + yy;
    if (year > reference.getYear()) {
      year -= 100;
    }
    LocalDate date = date(year, yymmdd, MrzField.DATE_OF_BIRTH, problems);
    if (date != null && date.isAfter(reference)) {
      date = date(year - 100, yymmdd, MrzField.DATE_OF_BIRTH, problems);
    }
    return date;
  }

  /**
   * Returns the date of expiry, reading the two-digit year within {@value #EXPIRY_YEARS_AHEAD}
   * years after the reference year; null with a problem when it is malformed or not a real date.
   */
  static LocalDate expiry(String yymmdd, LocalDate reference, List<MrzProblem> problems) {
    if (!DIGITS.matcher(yymmdd).matches()) {
      problems.add(new MrzProblem(MrzField.EXPIRY, "date of expiry must be 6 digits (YYMMDD)"));
      return null;
    }
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int year = reference.getYear() / 100 * 100 + yy;
    if (year > reference.getYear() + EXPIRY_YEARS_AHEAD) {
      year -= 100;
    } else if (year <= reference.getYear() + EXPIRY_YEARS_AHEAD - 100) {
      year += 100;
    }
    return date(year, yymmdd, MrzField.EXPIRY, problems);
  }

  private static LocalDate date(int year, String yymmdd, MrzField field, List<MrzProblem> problems) {
    String month = yymmdd.substring(2, 4);
    if (!checkMonth(month, field, problems)) {
      return null;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      problems.add(new MrzProblem(field, field.label() + " is not a real date: its day (YYMMDD positions 5-6) does "
          + "not exist in its month"));
      return null;
    }
  }

  private static boolean checkMonth(String month, MrzField field, List<MrzProblem> problems) {
    int value = Integer.parseInt(month);
    if (value < 1 || value > 12) {
      problems.add(new MrzProblem(field, field.label() + " is not a real date: its month (YYMMDD positions 3-4) "
          + "is not 01-12"));
      return false;
    }
    return true;
  }
}
