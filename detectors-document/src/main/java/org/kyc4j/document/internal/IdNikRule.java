package org.kyc4j.document.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kyc4j.document.IdNumberCheck;
import org.kyc4j.document.IdNumberRule;

/**
 * Indonesian NIK (the number on the KTP): 16 digits PP KK CC DDMMYY SSSS. PP is a province code
 * of the Ministry of Home Affairs list, KK and CC a regency and district (never 00), DDMMYY the
 * birth date with 40 added to the day for women (a real date, the two-digit year read as the
 * latest year not after the reference date), SSSS a serial from 0001. The NIK has no check digit.
 * Stateless; not part of the API (use {@link org.kyc4j.document.IdNumberRules}).
 */
public final class IdNikRule implements IdNumberRule {
  private static final Pattern FORMAT = Pattern.compile("\\d{16}");
  /** Province codes 11-96, including the Papua provinces created in 2022 (92, 93, 95, 96). */
  static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36,
      51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96);
  private static final int FEMALE_DAY_OFFSET = 40;

  /** Creates the rule. */
  public IdNikRule() {}

  @Override
  public String documentTypeCode() {
    return "ID_KTP";
  }

  @Override
  public IdNumberCheck validate(String idNumber, LocalDate referenceDate) {
    String nik = IdNumbers.compact(idNumber, " .-");
    if (!FORMAT.matcher(nik).matches()) {
      return IdNumberCheck.failed("an Indonesian NIK is 16 digits");
    }
    int province = Integer.parseInt(nik.substring(0, 2));
    if (!PROVINCES.contains(province)) {
      return IdNumberCheck.failed("the province code (digits 1-2) does not exist");
    }
    if (nik.startsWith("00", 2) || nik.startsWith("00", 4)) {
      return IdNumberCheck.failed("regency and district codes (digits 3-6) must not be 00");
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int dayOfMonth = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
    Optional<LocalDate> birth = day > 31 && day <= FEMALE_DAY_OFFSET ? Optional.empty()
        : IdNumbers.pastDate(Integer.parseInt(nik.substring(10, 12)), Integer.parseInt(nik.substring(8, 10)),
            dayOfMonth, referenceDate);
    if (birth.isEmpty()) {
      return IdNumberCheck.failed("the birth date (digits 7-12, DDMMYY, day + 40 for women) is not a real date");
    }
    if (nik.endsWith("0000")) {
      return IdNumberCheck.failed("the serial (digits 13-16) must not be 0000");
    }
    return IdNumberCheck.passed();
  }
}
