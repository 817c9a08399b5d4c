package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Numbers generated with check characters computed here (independently of the main code) pass
 * their rule; replacing the check character with any other character of its alphabet fails it.
 * The NIK and MyKad have no check character: their generated numbers pass and an unassigned
 * region code fails.
 */
class IdNumberProperties {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final IdNumberRules RULES = IdNumberRules.builtIn();
  private static final String HK_CHECKS = "0123456789A";
  private static final String DIGITS_X = "0123456789X";

  @Property(tries = 300)
  void hongKongNumbers(@ForAll("hongKong") String body, @ForAll("picks") int pick) {
    assertCheckCharacterMatters("HK_ID_CARD", body, hongKongCheck(body), HK_CHECKS, pick);
  }

  @Property(tries = 300)
  void singaporeNumbers(@ForAll("singapore") String body, @ForAll("picks") int pick) {
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

  @Property(tries = 300)
  void chineseNumbers(@ForAll("chinese") String body, @ForAll("picks") int pick) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += weights[i] * (body.charAt(i) - '0');
    }
    assertCheckCharacterMatters("CN_RESIDENT_ID", body, "10X98765432".charAt(sum % 11), DIGITS_X, pick);
  }

  @Property(tries = 200)
  void indonesianNumbers(@ForAll("nik") String nik) {
    assertThat(validate("ID_KTP", nik).violation()).as(nik).isNull();
    assertThat(validate("ID_KTP", "20" + nik.substring(2)).violation()).contains("province code 20");
  }

  @Property(tries = 200)
  void malaysianNumbers(@ForAll("myKad") String number) {
    assertThat(validate("MY_MYKAD", number).violation()).as(number).isNull();
    assertThat(validate("MY_MYKAD", number.substring(0, 7) + "73" + number.substring(9)).violation())
        .contains("place-of-birth code 73");
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

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<String> hongKong() {
    return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2),
        Arbitraries.strings().numeric().ofLength(6)).as(String::concat);
  }

  @Provide
  Arbitrary<String> singapore() {
    return Combinators.combine(Arbitraries.of("S", "T", "F", "G", "M"), Arbitraries.strings().numeric().ofLength(7))
        .as(String::concat);
  }

  @Provide
  Arbitrary<String> chinese() {
    Arbitrary<String> region = Combinators.combine(Arbitraries.integers().between(1, 8),
        Arbitraries.strings().numeric().ofLength(5)).as((first, rest) -> first + rest);
    return Combinators.combine(region, births(DateTimeFormatter.BASIC_ISO_DATE),
        Arbitraries.strings().numeric().ofLength(3)).as((r, b, s) -> r + b + s);
  }

  @Provide
  Arbitrary<String> nik() {
    Arbitrary<String> place = Combinators.combine(Arbitraries.of(11, 12, 31, 35, 36, 51, 61, 73, 82, 91, 94),
        Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 99))
        .as((p, k, c) -> String.format("%02d%02d%02d", p, k, c));
    Arbitrary<String> birth = Combinators.combine(births(DateTimeFormatter.ofPattern("ddMMyy")),
        Arbitraries.of(true, false)).as((date, woman) -> woman
            ? String.format("%02d", Integer.parseInt(date.substring(0, 2)) + 40) + date.substring(2) : date);
    return Combinators.combine(place, birth, Arbitraries.integers().between(1, 9999))
        .as((p, b, serial) -> p + b + String.format("%04d", serial));
  }

  @Provide
  Arbitrary<String> myKad() {
    return Combinators.combine(births(DateTimeFormatter.ofPattern("yyMMdd")),
        Arbitraries.of(1, 10, 16, 21, 45, 59, 60, 68, 71, 72, 74, 79, 82, 93, 98, 99),
        Arbitraries.strings().numeric().ofLength(4)).as((b, pb, rest) -> b + "-" + String.format("%02d", pb)
            + "-" + rest);
  }

  /** Birth dates between 1926-06-16 and the reference date, so two-digit years are unambiguous. */
  private static Arbitrary<String> births(DateTimeFormatter format) {
    return Arbitraries.longs().between(LocalDate.of(1926, 6, 16).toEpochDay(), TODAY.toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day).format(format));
  }
}
