package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.document.internal.CheckDigits;

/** ICAO 9303 specimen zones and hand-made defects. */
class MrzTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final List<String> TD3 = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
      "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
  private static final List<String> TD1 = List.of("I<UTOD231458907<<<<<<<<<<<<<<<",
      "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

  @Test
  void checkDigitsFollowIcaoExamples() {
    assertThat(CheckDigits.icao("L898902C3")).isEqualTo(6);
    assertThat(CheckDigits.icao("740812")).isEqualTo(2);
    assertThat(CheckDigits.icao("120415")).isEqualTo(9);
    assertThat(CheckDigits.icao("ZE184226B<<<<<")).isEqualTo(1);
    assertThat(CheckDigits.icao("<<<")).isZero();
    assertThatThrownBy(() -> CheckDigits.value('a')).hasMessageContaining("'a'");
  }

  @Test
  void readsTheIcaoPassportSpecimen() {
    MrzReading reading = Mrz.read(TD3, TODAY);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
    assertThat(reading.documentCode()).isEqualTo("P");
    assertThat(reading.issuer()).isEqualTo("UTO");
    assertThat(reading.surname()).isEqualTo("ERIKSSON");
    assertThat(reading.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(reading.documentNumber()).isEqualTo("L898902C3");
    assertThat(reading.nationality()).isEqualTo("UTO");
    assertThat(reading.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(reading.sex()).isEqualTo("F");
    assertThat(reading.expiry()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(reading.optionalData()).isEqualTo("ZE184226B");
    assertThat(reading.toFields()).containsEntry(DocumentFields.DOCUMENT_NUMBER, "L898902C3")
        .containsEntry(DocumentFields.ID_NUMBER, "L898902C3").containsEntry(DocumentFields.DOCUMENT_TYPE, "PASSPORT")
        .containsEntry("dateOfBirth", "1974-08-12").containsEntry("expiry", "2012-04-15")
        .containsEntry("format", "TD3").containsEntry("issuer", "UTO").containsKeys("surname", "givenNames", "sex");
  }

  @Test
  void readsTheIcaoTd1Specimen() {
    MrzReading reading = Mrz.read(TD1, TODAY);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.format()).isEqualTo(MrzFormat.TD1);
    assertThat(reading.documentNumber()).isEqualTo("D23145890");
    assertThat(reading.surname()).isEqualTo("ERIKSSON");
    assertThat(reading.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(reading.optionalData()).isEmpty();
  }

  @Test
  void joinsTheTd1OverflowOfALongDocumentNumber() {
    MrzReading reading = Mrz.read(List.of("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2",
        "STEVENSON<<PETER<JOHN<<<<<<<<<"), TODAY);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.documentNumber()).isEqualTo("D23145890734");
    assertThat(reading.optionalData()).isEmpty();
    MrzReading wrongOverflowDigit = Mrz.read(List.of("I<UTOD23145890<7348<<<<<<<<<<<",
        "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<"), TODAY);
    assertThat(wrongOverflowDigit.failingFields()).containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.COMPOSITE);
  }

  @Test
  void readsTheIcaoTd2AndVisaSpecimens() {
    assertThat(Mrz.read(List.of("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"),
        TODAY).problems()).isEmpty();
    MrzReading mrva = Mrz.read(List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"), TODAY);
    assertThat(mrva.problems()).isEmpty();
    assertThat(mrva.format()).isEqualTo(MrzFormat.MRVA);
    assertThat(mrva.dateOfBirth()).isEqualTo(LocalDate.of(1940, 9, 7));
    assertThat(mrva.expiry()).isEqualTo(LocalDate.of(1996, 12, 10));
    MrzReading mrvb = Mrz.read(List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"),
        TODAY);
    assertThat(mrvb.problems()).isEmpty();
    assertThat(mrvb.format()).isEqualTo(MrzFormat.MRVB);
  }

  @Test
  void namesEveryFailingCheckDigit() {
    MrzReading reading = Mrz.read(List.of(TD3.get(0), "L898902C37UTO7408121F1204158ZE184226B<<<<<23"), TODAY);
    assertThat(reading.failingFields()).containsExactly(MrzField.DOCUMENT_NUMBER, MrzField.DATE_OF_BIRTH,
        MrzField.EXPIRY, MrzField.PERSONAL_NUMBER, MrzField.COMPOSITE);
    assertThat(reading.problems().get(0).message()).isEqualTo("document number check digit is 7, computed 6");
  }

  @Test
  void acceptsAnEmptyPersonalNumberWithAFillerOrZeroCheck() {
    String base = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<";
    for (char check : new char[] {'<', '0'}) {
      String partial = base + check;
      String line = partial + CheckDigits.icao(partial.substring(0, 10) + partial.substring(13, 20)
          + partial.substring(21, 43));
      assertThat(Mrz.read(List.of(TD3.get(0), line), TODAY).problems()).as("check %s", check).isEmpty();
    }
  }

  @Test
  void rejectsWrongLineCountsLengthsAndCharacters() {
    assertThat(Mrz.read(List.of(TD3.get(0), TD3.get(1).substring(1)), TODAY).problems())
        .singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo(MrzField.LINES);
          assertThat(p.message()).contains("[44, 43]");
        });
    assertThat(Mrz.formatOf(List.of("A", "B", "C", "D"))).isEqualTo(MrzFormat.NONE);
    MrzReading lowerCase = Mrz.read(List.of(TD3.get(0).replace("ERIKSSON", "Eriksson"), TD3.get(1)), TODAY);
    assertThat(lowerCase.problems()).singleElement().extracting(MrzProblem::message).asString()
        .contains("line 1 column 7", "'r'");
    assertThat(lowerCase.documentNumber()).isNull();
  }

  @Test
  void rejectsDatesThatDoNotExist() {
    MrzReading reading = Mrz.read(List.of(TD3.get(0), withTd3Checks("L898902C3<UTO740231<F121331<ZE184226B<<<<<<<")),
        TODAY);
    assertThat(reading.failingFields()).containsExactly(MrzField.DATE_OF_BIRTH, MrzField.EXPIRY);
    assertThat(reading.problems()).extracting(MrzProblem::message)
        .anySatisfy(m -> assertThat(m).contains("date of birth", "its day (YYMMDD positions 5-6) does not exist"))
        .anySatisfy(m -> assertThat(m).contains("its month (YYMMDD positions 3-4) is not 01-12"))
        .allSatisfy(m -> assertThat(m).doesNotContain("740231", "121331", "31", "02", "13", "1974"));
    assertThat(reading.dateOfBirth()).isNull();
    assertThat(reading.toFields()).doesNotContainKeys("dateOfBirth", "expiry");
  }

  @Test
  void pivotsTwoDigitYears() {
    List<String> lines = List.of("I<UTOD231458907<<<<<<<<<<<<<<<", "2506140F7506150UTO<<<<<<<<<<<2",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    MrzReading reading = Mrz.read(withTd1Checks(lines), TODAY);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.dateOfBirth()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(reading.expiry()).isEqualTo(LocalDate.of(2075, 6, 15));
    MrzReading later = Mrz.read(withTd1Checks(List.of(lines.get(0), "2506160F7606150UTO<<<<<<<<<<<2",
        lines.get(2))), TODAY);
    assertThat(later.dateOfBirth()).as("a birth date after the request date is a century earlier")
        .isEqualTo(LocalDate.of(1925, 6, 16));
    assertThat(later.expiry()).as("expiry more than 50 years ahead is a century earlier")
        .isEqualTo(LocalDate.of(1976, 6, 15));
  }

  @Test
  void acceptsBirthDatesMarkedUnknownWithFillers() {
    List<String> lines = List.of("I<UTOD231458907<<<<<<<<<<<<<<<", "74<<<<2F1204159UTO<<<<<<<<<<<0",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    MrzReading reading = Mrz.read(withTd1Checks(lines), TODAY);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.dateOfBirth()).isNull();
  }

  @Test
  void checksCodesNamesAndSex() {
    List<String> lines = List.of("X<UT0D231458907<<<<<<<<<<<<<<<", "7408122Q1204159U1O<<<<<<<<<<<6",
        "<ERIKSSON<<ANNA<MARIA<<<<<<<<<");
    MrzReading reading = Mrz.read(withTd1Checks(lines), TODAY);
    assertThat(reading.failingFields()).containsExactly(MrzField.DOCUMENT_CODE, MrzField.ISSUER, MrzField.NAME,
        MrzField.NATIONALITY, MrzField.SEX);
  }

  /** Returns TD1 lines with their four check digits recomputed. */
  static List<String> withTd1Checks(List<String> lines) {
    StringBuilder upper = new StringBuilder(lines.get(0));
    upper.setCharAt(14, digit(upper.substring(5, 14)));
    StringBuilder middle = new StringBuilder(lines.get(1));
    middle.setCharAt(6, digit(middle.substring(0, 6)));
    middle.setCharAt(14, digit(middle.substring(8, 14)));
    middle.setCharAt(29, digit(upper.substring(5, 30) + middle.substring(0, 7) + middle.substring(8, 15)
        + middle.substring(18, 29)));
    return List.of(upper.toString(), middle.toString(), lines.get(2));
  }

  /** Returns a TD3 lower line with its five check digits recomputed. */
  static String withTd3Checks(String lower) {
    StringBuilder line = new StringBuilder(lower);
    line.setCharAt(9, digit(line.substring(0, 9)));
    line.setCharAt(19, digit(line.substring(13, 19)));
    line.setCharAt(27, digit(line.substring(21, 27)));
    line.setCharAt(42, digit(line.substring(28, 42)));
    line.setCharAt(43, digit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43)));
    return line.toString();
  }

  private static char digit(String data) {
    return (char) ('0' + CheckDigits.icao(data));
  }
}
