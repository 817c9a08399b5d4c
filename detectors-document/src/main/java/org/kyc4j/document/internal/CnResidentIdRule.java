package org.kyc4j.document.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kyc4j.document.IdNumberCheck;
import org.kyc4j.document.IdNumberRule;

/**
 * Chinese resident identity card numbers (GB 11643): 18 characters, a six-digit region code whose
 * first digit is 1-8, a real birth date YYYYMMDD not after the reference date, a three-digit
 * sequence and an ISO 7064 MOD 11-2 check character (0-9 or X). Stateless; not part of the API
 * (use {@link org.kyc4j.document.IdNumberRules}).
 */
public final class CnResidentIdRule implements IdNumberRule {
  private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
  private static final String CHECK = "10X98765432";

  /** Creates the rule. */
  public CnResidentIdRule() {}

  @Override
  public String documentTypeCode() {
    return "CN_RESIDENT_ID";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    String number = IdNumbers.compact(idNumber, " ");
    if (!FORMAT.matcher(number).matches()) {
      return IdNumberCheck.failed("a Chinese resident ID number is 17 digits and a check character 0-9 or X");
    }
    char region = number.charAt(0);
    if (region < '1' || region > '8') {
      return IdNumberCheck.failed("the region code (digits 1-6) must start with 1-8");
    }
    Optional<LocalDate> birth = IdNumbers.date(Integer.parseInt(number.substring(6, 10)),
        Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
    if (birth.isEmpty()) {
      return IdNumberCheck.failed("the birth date (digits 7-14, YYYYMMDD) is not a real date");
    }
    if (birth.get().isAfter(referenceDate)) {
      return IdNumberCheck.failed("the birth date (digits 7-14) lies after " + referenceDate);
    }
    char expected = checkCharacter(number.substring(0, 17));
    if (number.charAt(17) != expected) {
      return IdNumberCheck.failed("the check character (character 18) differs from the one ISO 7064 MOD 11-2 "
          + "computes from digits 1-17");
    }
    return IdNumberCheck.passed();
  }

  /** Returns the ISO 7064 MOD 11-2 check character of 17 digits. */
  static char checkCharacter(String digits) {
    int sum = 0;
    int weight = 1;
    for (int i = 16; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += weight * (digits.charAt(i) - '0');
    }
    return CHECK.charAt(sum % 11);
  }
}
