package org.kyc4j.document.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.kyc4j.document.IdNumberCheck;
import org.kyc4j.document.IdNumberRule;

/**
 * Malaysian MyKad numbers: 12 digits YYMMDD-PB-###G, where YYMMDD is a real birth date (the
 * two-digit year read as the latest year not after the reference date) and PB a place-of-birth
 * code (01-16, 21-68, 71-72, 74-79, 82-93, 98-99). The number has no check digit. Accepts the
 * hyphens. Stateless; not part of the API (use {@link org.kyc4j.document.IdNumberRules}).
 */
public final class MyKadRule implements IdNumberRule {
  private static final Pattern FORMAT = Pattern.compile("\\d{12}");
  private static final int[][] PLACE_OF_BIRTH = {{1, 16}, {21, 68}, {71, 72}, {74, 79}, {82, 93}, {98, 99}};

  /** Creates the rule. */
  public MyKadRule() {}

  @Override
  public String documentTypeCode() {
    return "MY_MYKAD";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    String number = IdNumbers.compact(idNumber, " -");
    if (!FORMAT.matcher(number).matches()) {
      return IdNumberCheck.failed("a MyKad number is 12 digits, YYMMDD-PB-###G");
    }
    boolean realDate = IdNumbers.pastDate(Integer.parseInt(number.substring(0, 2)),
        Integer.parseInt(number.substring(2, 4)), Integer.parseInt(number.substring(4, 6)), referenceDate).isPresent();
    if (!realDate) {
      return IdNumberCheck.failed("the birth date (digits 1-6, YYMMDD) is not a real date");
    }
    if (!validPlaceOfBirth(Integer.parseInt(number.substring(6, 8)))) {
      return IdNumberCheck.failed("the place-of-birth code (digits 7-8) is not assigned; allowed: 01-16, 21-68, "
          + "71-72, 74-79, 82-93, 98-99");
    }
    return IdNumberCheck.passed();
  }

  /** Returns whether a place-of-birth code is assigned. */
  static boolean validPlaceOfBirth(int code) {
    for (int[] range : PLACE_OF_BIRTH) {
      if (code >= range[0] && code <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
