package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.MrzFormat;

/** Hand-checked valid and invalid numbers for every built-in rule, and the registry. */
class IdNumberRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private final IdNumberRules rules = IdNumberRules.builtIn();

  @Test
  void hongKongIdentityCards() {
    // A123456: 9*36 + 8*10 + 7*1 + 6*2 + 5*3 + 4*4 + 3*5 + 2*6 = 481 = 43*11 + 8, so the check is 11 - 8 = 3.
    assertValid("HK_ID_CARD", "A123456(3)", "A1234563", "a123456 (3)");
    // AB987654: 9*10 + 8*11 + 193 = 371 = 33*11 + 8 -> 3; G123456: 324 + 128 + 77 = 529 = 48*11 + 1 -> 10 = A.
    assertValid("HK_ID_CARD", "AB987654(3)", "G123456(A)");
    assertInvalidWithoutEcho("HK_ID_CARD", "A123456(4)", "check character (the last one) differs", "mod-11 check");
    assertInvalid("HK_ID_CARD", "A12345(3)", "one or two letters, six digits");
    assertInvalid("HK_ID_CARD", "ABC123456(3)", "one or two letters");
  }

  @Test
  void singaporeNricAndFin() {
    // digits 1234567 weighted 2 7 6 5 4 3 2 sum to 106; 106 % 11 = 7, (106 + 4) % 11 = 0, (106 + 3) % 11 = 10.
    assertValid("SG_NRIC", "S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K", "s1234567d");
    assertInvalidWithoutEcho("SG_NRIC", "S1234567A", "check letter (the last character) differs", "series");
    assertInvalidWithoutEcho("SG_NRIC", "M1234567L", "check letter");
    assertInvalid("SG_NRIC", "A1234567D", "prefix S, T, F, G or M");
  }

  @Test
  void chineseResidentIds() {
    assertValid("CN_RESIDENT_ID", "11010519491231002X", "11010519491231002x");
    assertInvalidWithoutEcho("CN_RESIDENT_ID", "110105194912310021", "check character (character 18) differs",
        "MOD 11-2");
    assertInvalidWithoutEcho("CN_RESIDENT_ID", "91010519491231002X", "region code (digits 1-6) must start with 1-8");
    assertInvalid("CN_RESIDENT_ID", "110105194902310020", "not a real date");
    assertInvalid("CN_RESIDENT_ID", "110105203001010010", "lies after 2025-06-15");
    assertInvalid("CN_RESIDENT_ID", "1101051949123100", "17 digits and a check character");
  }

  @Test
  void indonesianNik() {
    // 35 East Java, 78 Surabaya, 08 district; born 01-02-2003 (male) or day 41 (female, day 1); serial 0001.
    assertValid("ID_KTP", "3578080102030001", "3578084102030001", "35.7808.010203.0001", "3578080102990001");
    assertInvalid("ID_KTP", "3502027102019913", "not a real date");
    assertInvalid("ID_KTP", "3578083502030001", "not a real date");
    assertInvalidWithoutEcho("ID_KTP", "9978080102030001", "province code (digits 1-2) does not exist");
    assertInvalid("ID_KTP", "3500080102030001", "must not be 00");
    assertInvalid("ID_KTP", "3578080102030000", "serial");
    assertInvalid("ID_KTP", "357808010203001", "16 digits");
  }

  @Test
  void malaysianMyKad() {
    assertValid("MY_MYKAD", "900101-14-5678", "900101145678", "000229-01-0001", "251231-71-0002");
    assertInvalidWithoutEcho("MY_MYKAD", "900101-17-5678", "place-of-birth code (digits 7-8) is not assigned");
    assertInvalidWithoutEcho("MY_MYKAD", "900101-00-5678", "place-of-birth code (digits 7-8) is not assigned");
    assertInvalid("MY_MYKAD", "900230-14-5678", "not a real date");
    assertInvalid("MY_MYKAD", "010229-14-5678", "not a real date");
    assertInvalid("MY_MYKAD", "90010114567", "12 digits");
  }

  @Test
  void everyBuiltInTypeWithoutAnMrzHasARule() {
    for (DocumentType type : DocumentType.builtIn()) {
      assertThat(rules.find(type.code()).isPresent()).as(type.code()).isEqualTo(type.mrzFormat() == MrzFormat.NONE);
    }
    assertThat(rules.codes()).containsExactly("CN_RESIDENT_ID", "HK_ID_CARD", "ID_KTP", "MY_MYKAD", "SG_NRIC");
  }

  @Test
  void discoversUserRulesThroughServiceLoader() {
    IdNumberRules discovered = IdNumberRules.discover(getClass().getClassLoader());
    assertThat(discovered.codes()).contains("XX_TEST_CARD", "HK_ID_CARD");
    assertThat(discovered.find("XX_TEST_CARD").orElseThrow().validate("1235", TODAY).violation())
        .isEqualTo("the digit sum is odd");
  }

  @Test
  void refusesTwoRulesForOneType() {
    assertThatIllegalStateException()
        .isThrownBy(() -> IdNumberRules.of(List.of(new EvenDigitsTestRule(), new EvenDigitsTestRule())))
        .withMessageContaining("XX_TEST_CARD").withMessageContaining(EvenDigitsTestRule.class.getName());
  }

  @Test
  void checksTheVerdictInvariant() {
    assertThat(IdNumberCheck.passed().findViolation()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new IdNumberCheck(true, "x"));
    assertThatIllegalArgumentException().isThrownBy(() -> new IdNumberCheck(false, null));
    assertThatIllegalArgumentException().isThrownBy(() -> IdNumberCheck.failed(" "));
  }

  private void assertValid(String code, String... numbers) {
    for (String number : numbers) {
      assertThat(rules.find(code).orElseThrow().validate(number, TODAY).violation()).as(number).isNull();
    }
  }

  private void assertInvalid(String code, String number, String... messageParts) {
    IdNumberCheck check = rules.find(code).orElseThrow().validate(number, TODAY);
    assertThat(check.valid()).as(number).isFalse();
    assertThat(check.violation()).as(number).contains(messageParts);
  }

  /** Like {@link #assertInvalid}, and the violation repeats no part of the number (issue 10). */
  private void assertInvalidWithoutEcho(String code, String number, String... messageParts) {
    assertInvalid(code, number, messageParts);
    assertNoPartOfTheNumber(rules.find(code).orElseThrow().validate(number, TODAY).violation(), number);
  }

  /** Issue 10: a violation names the broken rule, never three or more consecutive characters of the number. */
  static void assertNoPartOfTheNumber(String violation, String number) {
    String compact = number.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-.()]", "");
    for (int i = 0; i + 3 <= compact.length(); i++) {
      assertThat(violation).as(number).doesNotContain(compact.substring(i, i + 3));
    }
  }
}
