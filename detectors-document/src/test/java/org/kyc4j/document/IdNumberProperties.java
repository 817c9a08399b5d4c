package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.kyc4j.testing.Generators.strings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Numbers generated with check characters computed here (independently of the main code) pass
 * their rule; replacing the check character with any other character of its alphabet fails it.
 * The NIK and MyKad have no check character: their generated numbers pass and an unassigned
 * region code fails. QuickTheories prints the seed of any failing run.
 */
class IdNumberProperties {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final IdNumberRules RULES = IdNumberRules.builtIn();
  private static final String HK_CHECKS = "0123456789A";
  private static final String DIGITS_X = "0123456789X";
  private static final String DIGITS = "0123456789";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  void hongKongNumbers() {
    qt().withExamples(300).forAll(hongKong(), picks()).checkAssert((body, pick) ->
        assertCheckCharacterMatters("HK_ID_CARD", body, hongKongCheck(body), HK_CHECKS, pick));
  }

  @Test
  void singaporeNumbers() {
    qt().withExamples(300).forAll(singapore(), picks()).checkAssert(IdNumberProperties::assertSingaporeCheck);
  }

  private static void assertSingaporeCheck(String body, int pick) {
    String table = switch (body.charAt(0)) {
      case 'S', 'T' -> "JZIHGFEDCBA";
      case 'F', 'G' -> "XWUTRQPNMLK";
      default -> "XWUTRQPNJLK";
    };
    int[] weights = {2, 7, 6, 5, 4, 3, 2};
    int sum = "TG".indexOf(body.charAt(0)) >= 0 ? 4 : body.charAt(0) == 'M' ? 3 : 0;
    for (int i = 0; i < 7; i++) {
      sum += weights[i] * (body.charAt(i + 1) - '0');
    }
    assertCheckCharacterMatters("SG_NRIC", body, table.charAt(sum % 11), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", pick);
  }

  @Test
  void chineseNumbers() {
    qt().withExamples(300).forAll(chinese(), picks()).checkAssert(IdNumberProperties::assertChineseCheck);
  }

  private static void assertChineseCheck(String body, int pick) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += weights[i] * (body.charAt(i) - '0');
    }
    assertCheckCharacterMatters("CN_RESIDENT_ID", body, "10X98765432".charAt(sum % 11), DIGITS_X, pick);
  }

  @Test
  void indonesianNumbers() {
    qt().withExamples(200).forAll(nik()).checkAssert(nik -> {
      assertThat(validate("ID_KTP", nik).violation()).as(nik).isNull();
      assertThat(validate("ID_KTP", "20" + nik.substring(2)).violation()).contains("province code (digits 1-2)")
          .doesNotContain("20");
    });
  }

  @Test
  void malaysianNumbers() {
    qt().withExamples(200).forAll(myKad()).checkAssert(number -> {
      assertThat(validate("MY_MYKAD", number).violation()).as(number).isNull();
      assertThat(validate("MY_MYKAD", number.substring(0, 7) + "73" + number.substring(9)).violation())
          .contains("place-of-birth code (digits 7-8)").doesNotContain("73");
    });
  }

  private static void assertCheckCharacterMatters(String code, String body, char check, String alphabet, int pick) {
    assertThat(validate(code, body + check).violation()).as(body + check).isNull();
    String others = alphabet.replace(String.valueOf(check), "");
    char wrong = others.charAt(pick % others.length());
    assertThat(validate(code, body + wrong).valid()).as(body + wrong).isFalse();
  }

  private static IdNumberCheck validate(String code, String number) {
    return RULES.find(code).orElseThrow().validate(number, TODAY);
  }

  /** The HK check value c makes (weighted sum + c) divisible by 11; 10 is written A. */
  private static char hongKongCheck(String body) {
    int letters = body.length() - 6;
    int sum = letters == 1 ? 9 * 36 + 8 * (body.charAt(0) - 'A' + 10)
        : 9 * (body.charAt(0) - 'A' + 10) + 8 * (body.charAt(1) - 'A' + 10);
    for (int i = 0; i < 6; i++) {
      sum += (7 - i) * (body.charAt(letters + i) - '0');
    }
    for (int c = 0; c <= 10; c++) {
      if ((sum + c) % 11 == 0) {
        return HK_CHECKS.charAt(c);
      }
    }
    throw new AssertionError("no check value for " + body);
  }

  private static Gen<Integer> picks() {
    return integers().between(0, 1000);
  }

  private static Gen<String> hongKong() {
    return strings(LETTERS, 1, 2).zip(strings(DIGITS, 6, 6), String::concat);
  }

  private static Gen<String> singapore() {
    return arbitrary().pick("S", "T", "F", "G", "M").zip(strings(DIGITS, 7, 7), String::concat);
  }

  private static Gen<String> chinese() {
    Gen<String> region = integers().between(1, 8).zip(strings(DIGITS, 5, 5), (first, rest) -> first + rest);
    return region.zip(births(DateTimeFormatter.BASIC_ISO_DATE), strings(DIGITS, 3, 3), (r, b, s) -> r + b + s);
  }

  private static Gen<String> nik() {
    Gen<String> place = arbitrary().pick(11, 12, 31, 35, 36, 51, 61, 73, 82, 91, 94)
        .zip(integers().between(1, 99), integers().between(1, 99), (p, k, c) -> String.format("%02d%02d%02d", p, k, c));
    Gen<String> birth = births(DateTimeFormatter.ofPattern("ddMMyy")).zip(booleans().all(), (date, woman) -> woman
        ? String.format("%02d", Integer.parseInt(date.substring(0, 2)) + 40) + date.substring(2) : date);
    return place.zip(birth, integers().between(1, 9999), (p, b, serial) -> p + b + String.format("%04d", serial));
  }

  private static Gen<String> myKad() {
    return births(DateTimeFormatter.ofPattern("yyMMdd"))
        .zip(arbitrary().pick(1, 10, 16, 21, 45, 59, 60, 68, 71, 72, 74, 79, 82, 93, 98, 99), strings(DIGITS, 4, 4),
            (b, pb, rest) -> b + "-" + String.format("%02d", pb) + "-" + rest);
  }

  /** Birth dates between 1926-06-16 and the reference date, so two-digit years are unambiguous. */
  private static Gen<String> births(DateTimeFormatter format) {
    return longs().between(LocalDate.of(1926, 6, 16).toEpochDay(), TODAY.toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day).format(format));
  }
}
