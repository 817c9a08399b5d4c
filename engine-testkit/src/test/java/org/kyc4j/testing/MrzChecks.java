package org.kyc4j.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of TD1 and TD3 check digits for the tests, written from ICAO 9303 part 4
 * (positions) and part 3 (weights 7, 3, 1) without {@link SyntheticMrz}'s code.
 */
final class MrzChecks {
  private MrzChecks() {}

  /** Returns the names of the failing checks: {@code doc}, {@code dob}, {@code exp}, {@code pers}, {@code comp}. */
  static List<String> failing(List<String> lines) {
    List<String> failing = new ArrayList<>();
    if (lines.size() == 3) {
      String a = lines.get(0);
      String b = lines.get(1);
      check(failing, "doc", a.substring(5, 14), a.charAt(14));
      check(failing, "dob", b.substring(0, 6), b.charAt(6));
      check(failing, "exp", b.substring(8, 14), b.charAt(14));
      check(failing, "comp", a.substring(5, 30) + b.substring(0, 7) + b.substring(8, 15) + b.substring(18, 29),
          b.charAt(29));
    } else {
      String b = lines.get(1);
      check(failing, "doc", b.substring(0, 9), b.charAt(9));
      check(failing, "dob", b.substring(13, 19), b.charAt(19));
      check(failing, "exp", b.substring(21, 27), b.charAt(27));
      check(failing, "pers", b.substring(28, 42), b.charAt(42));
      check(failing, "comp", b.substring(0, 10) + b.substring(13, 20) + b.substring(21, 43), b.charAt(43));
    }
    return failing;
  }

  private static void check(List<String> failing, String name, String field, char digit) {
    int[] weights = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
      sum += v * weights[i % 3];
    }
    if (digit != (char) ('0' + sum % 10)) {
      failing.add(name);
    }
  }
}
