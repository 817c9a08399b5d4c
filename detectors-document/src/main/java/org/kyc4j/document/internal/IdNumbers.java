package org.kyc4j.document.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Helpers shared by the built-in ID number rules. Stateless; not part of the API. */
final class IdNumbers {
  private IdNumbers() {}

  /** Returns {@code raw} in upper case without the given separator characters. */
  static String compact(String raw, String separators) {
    StringBuilder out = new StringBuilder(raw.length());
    String upper = raw.toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (separators.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the birth date of a two-digit year, month and day, reading the year as the latest
   * one that puts the date on or before {@code reference}; empty if it is not a real date.
   */
  static Optional<LocalDate> pastDate(int yy, int month, int day, LocalDate reference) {
    int year = reference.getYear() / 100 * 100 + yy;
    if (year > reference.getYear()) {
      year -= 100;
    }
    Optional<LocalDate> date = date(year, month, day);
    if (date.isPresent() && date.get().isAfter(reference)) {
      return date(year - 100, month, day);
    }
    return date;
  }

  /** Returns the date, empty if it is not a real date. */
  static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
