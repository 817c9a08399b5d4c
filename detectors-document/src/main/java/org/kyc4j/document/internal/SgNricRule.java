package org.kyc4j.document.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kyc4j.document.IdNumberCheck;
import org.kyc4j.document.IdNumberRule;

/**
 * Singapore NRIC and FIN numbers: a prefix S, T, F, G or M, seven digits and a check letter. The
 * digits weighted 2 7 6 5 4 3 2, plus 4 for T and G and 3 for M, modulo 11 index the letter table
 * of the series (S/T: JZIHGFEDCBA, F/G: XWUTRQPNMLK, M: XWUTRQPNJLK). Stateless; not part of
 * the API (use {@link org.kyc4j.document.IdNumberRules}).
 */
public final class SgNricRule implements IdNumberRule {
  private static final Pattern FORMAT = Pattern.compile("([STFGM])(\\d{7})([A-Z])");
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  /** Creates the rule. */
  public SgNricRule() {}

  @Override
  public String documentTypeCode() {
    return "SG_NRIC";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    Matcher m = FORMAT.matcher(IdNumbers.compact(idNumber, " "));
    if (!m.matches()) {
      return IdNumberCheck.failed("a Singapore NRIC/FIN is a prefix S, T, F, G or M, seven digits and a check "
          + "letter, as in S1234567D");
    }
    char expected = checkLetter(m.group(1).charAt(0), m.group(2));
    char actual = m.group(3).charAt(0);
    if (actual != expected) {
      return IdNumberCheck.failed("the check letter (the last character) differs from the one the checksum of "
          + "the prefix's series computes");
    }
    return IdNumberCheck.passed();
  }

  /** Returns the check letter for a prefix and seven digits. */
  static char checkLetter(char prefix, String digits) {
    int sum = switch (prefix) {
      case 'T', 'G' -> 4;
      case 'M' -> 3;
      default -> 0;
    };
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (digits.charAt(i) - '0');
    }
    String table = switch (prefix) {
      case 'S', 'T' -> "JZIHGFEDCBA";
      case 'F', 'G' -> "XWUTRQPNMLK";
      default -> "XWUTRQPNJLK";
    };
    return table.charAt(sum % 11);
  }
}
