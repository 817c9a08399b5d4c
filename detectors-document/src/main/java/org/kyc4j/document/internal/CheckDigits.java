package org.kyc4j.document.internal;

/**
 * The ICAO 9303 check digit: characters weighted 7, 3, 1 repeating, digits by value, letters
 * A=10 to Z=35, the filler {@code <} as 0, sum modulo 10. Stateless; not part of the API.
 */
public final class CheckDigits {
  private static final int[] WEIGHTS = {7, 3, 1};

  private CheckDigits() {}

  /**
   * Returns the check digit of {@code data}.
   *
   * @throws IllegalArgumentException if {@code data} holds a character outside {@code [A-Z0-9<]}
   */
  public static int icao(CharSequence data) {
    int sum = 0;
    for (int i = 0; i < data.length(); i++) {
      sum += value(data.charAt(i)) * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  /**
   * Returns the ICAO value of one MRZ character.
   *
   * @throws IllegalArgumentException if {@code c} is outside {@code [A-Z0-9<]}
   */
  public static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("character '" + c + "' is not an MRZ character; allowed: A-Z, 0-9, <");
  }
}
