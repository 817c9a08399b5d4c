package org.kyc4j.api;

/**
 * The masked form in which kyc4j prints a personal value (an ID number, a user or device id, a name)
 * in messages and {@code toString()}: its first two and last two characters around {@code ***}, or
 * {@code ***} alone when it has six characters or fewer, so that an operator can tell two values apart
 * without the log holding them. Not instantiable; thread-safe.
 */
public final class Redacted {
  private Redacted() {}

  /** Returns the masked form of {@code value}; {@code null} stays {@code null}. */
  public static String of(String value) {
    if (value == null) {
      return null;
    }
    return value.length() <= 6 ? "***" : value.substring(0, 2) + "***" + value.substring(value.length() - 2);
  }
}
