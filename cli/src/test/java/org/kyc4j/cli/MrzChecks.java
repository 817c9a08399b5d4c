package org.kyc4j.cli;

import java.util.List;

/**
 * An implementation of the ICAO 9303 check digit and the TD1 field checks written apart from
 * {@link Mrz}, so that tests do not check the generator against itself.
 */
final class MrzChecks {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private MrzChecks() {}

  static char digit(String field) {
    int total = 0;
    int[] weights = {7, 3, 1};
    int w = 0;
    for (char c : field.toCharArray()) {
      int v = c == '<' ? 0 : ALPHABET.indexOf(c);
      if (v < 0) {
        throw new IllegalArgumentException("bad MRZ character " + c);
      }
      total += v * weights[w];
      w = (w + 1) % weights.length;
    }
    return ALPHABET.charAt(total % 10);
  }

  /** Returns the names of the failing checks of a TD1 MRZ: doc, dob, exp, comp. */
  static List<String> failingTd1(String line1, String line2) {
    List<String> failing = new java.util.ArrayList<>();
    if (digit(line1.substring(5, 14)) != line1.charAt(14)) {
      failing.add("doc");
    }
    if (digit(line2.substring(0, 6)) != line2.charAt(6)) {
      failing.add("dob");
    }
    if (digit(line2.substring(8, 14)) != line2.charAt(14)) {
      failing.add("exp");
    }
    String composite = line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29);
    if (digit(composite) != line2.charAt(29)) {
      failing.add("comp");
    }
    return failing;
  }
}
