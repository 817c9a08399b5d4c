package org.kyc4j.document.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kyc4j.document.IdNumberCheck;
import org.kyc4j.document.IdNumberRule;

/**
 * Hong Kong identity card numbers: one or two letters, six digits and a check character (0-9 or
 * A) that makes the weighted sum (weights 9 to 2; letters A=10 to Z=35, a missing second letter
 * counts as 36 with weight 9) divisible by 11. Accepts {@code A123456(3)}, spaces and lower case.
 * Stateless; not part of the API (use {@link org.kyc4j.document.IdNumberRules}).
 */
public final class HkIdentityCardRule implements IdNumberRule {
  private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,2})(\\d{6})([0-9A])");
  private static final int SPACE = 36;

  /** Creates the rule. */
  public HkIdentityCardRule() {}

  @Override
  public String documentTypeCode() {
    return "HK_ID_CARD";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    Matcher m = FORMAT.matcher(IdNumbers.compact(idNumber, " ()"));
    if (!m.matches()) {
      return IdNumberCheck.failed("a Hong Kong identity card number is one or two letters, six digits and a "
          + "check character 0-9 or A, as in A123456(3)");
    }
    char expected = checkCharacter(m.group(1), m.group(2));
    char actual = m.group(3).charAt(0);
    if (actual != expected) {
      return IdNumberCheck.failed("the check character (the last one) differs from the one the mod-11 check of "
          + "the letters and digits computes");
    }
    return IdNumberCheck.passed();
  }

  /** Returns the check character of a one- or two-letter prefix and six digits. */
  static char checkCharacter(String letters, String digits) {
    int sum = letters.length() == 1
        ? 9 * SPACE + 8 * letterValue(letters.charAt(0))
        : 9 * letterValue(letters.charAt(0)) + 8 * letterValue(letters.charAt(1));
    for (int i = 0; i < 6; i++) {
      sum += (7 - i) * (digits.charAt(i) - '0');
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'A' : (char) ('0' + check);
  }

  private static int letterValue(char letter) {
    return letter - 'A' + 10;
  }
}
