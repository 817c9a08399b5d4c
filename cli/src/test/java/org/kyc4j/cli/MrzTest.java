package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

class MrzTest {
  @Test
  void writesTheIcao9303Td1Example() {
    CardHolder anna = new CardHolder("Eriksson", "Anna Maria", "D23145890", "UTO", LocalDate.of(1974, 8, 12),
        LocalDate.of(2012, 4, 15), 'F');
    assertThat(anna.mrz()).containsExactly(
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
  }

  @Test
  void checkDigitFollowsTheIcaoRule() {
    assertThat(Mrz.checkDigit("D23145890")).isEqualTo(7);
    assertThat(Mrz.checkDigit("740812")).isEqualTo(2);
    assertThat(Mrz.checkDigit("<<<<")).isZero();
    assertThat(Mrz.checkDigit("")).isZero();
    assertThatThrownBy(() -> Mrz.checkDigit("ab")).hasMessageContaining("'a' is not an MRZ character");
  }

  @Test
  void namesAreTransliteratedAndLongNamesTruncated() {
    assertThat(Mrz.field("Jean-Pierre O'Neil")).isEqualTo("JEAN<PIERRE<O<NEIL");
    CardHolder long_ = new CardHolder("Wolfeschlegelsteinhausenbergerdorff", "Hubert Blaine", "ABC123456", "UTO",
        LocalDate.of(1960, 1, 1), LocalDate.of(2030, 1, 1), 'M');
    assertThat(long_.mrz().get(2)).hasSize(30).startsWith("WOLFESCHLEGEL");
    CardHolder single = new CardHolder("Ronaldinho", "", "ABC123456", "UTO", LocalDate.of(1980, 3, 21),
        LocalDate.of(2030, 1, 1), '<');
    assertThat(single.mrz().get(2)).isEqualTo("RONALDINHO<<<<<<<<<<<<<<<<<<<<");
    assertThat(single.fullName()).isEqualTo("Ronaldinho");
  }

  @Test
  void theCheckDigitAgreesWithEveryTd1VectorOfTheSharedData() throws Exception {
    Path vectors = DataSets.require(DataSet.MRZ_TEXT_VECTORS).resolve("vectors.csv");
    CsvTables.Table table;
    try (Reader reader = Files.newBufferedReader(vectors, StandardCharsets.UTF_8)) {
      table = CsvTables.read(reader);
    }
    int checked = 0;
    for (CSVRecord row : table.rows()) {
      if (!row.get("format").equals("TD1")) {
        continue;
      }
      List<String> failing = failing(row.get("line1"), row.get("line2"));
      assertThat(failing.isEmpty()).as(row.get("id")).isEqualTo(row.get("all_checks_valid").equalsIgnoreCase("true"));
      assertThat(String.join("+", failing)).as(row.get("id")).isEqualTo(row.get("failing_checks"));
      assertThat(MrzChecks.failingTd1(row.get("line1"), row.get("line2"))).as(row.get("id")).isEqualTo(failing);
      checked++;
    }
    assertThat(checked).as("TD1 rows in " + vectors).isPositive();
  }

  @Test
  void everyRandomHolderGetsAnMrzThatPassesTheIndependentCheck() {
    Random random = Seeds.random("MrzTest.randomHolders");
    for (int i = 0; i < 1_000; i++) {
      CardHolder holder = randomHolder(random);
      List<String> lines = holder.mrz();
      assertThat(lines).as("%s", holder).hasSize(3).allSatisfy(l -> assertThat(l).matches("[A-Z0-9<]{30}"));
      assertThat(MrzChecks.failingTd1(lines.get(0), lines.get(1))).as("%s", lines).isEmpty();
      assertThat(lines.get(0).substring(5, 14)).isEqualTo(holder.documentNumber());
      assertThat(lines.get(1).substring(0, 6)).isEqualTo(yymmdd(holder.dateOfBirth()));
      assertThat(lines.get(1).substring(8, 14)).isEqualTo(yymmdd(holder.expiry()));
      assertThat(lines.get(1).charAt(7)).isEqualTo(holder.sex());
      assertThat(lines.get(2)).startsWith(Mrz.field(holder.surname()).substring(0,
          Math.min(30, Mrz.field(holder.surname()).length())));
      int position = random.nextInt(9);
      char old = lines.get(0).charAt(5 + position);
      char changed = old == '9' ? '0' : old == 'Z' ? 'A' : (char) (old + 1);
      String tampered = lines.get(0).substring(0, 5 + position) + changed + lines.get(0).substring(6 + position);
      assertThat(MrzChecks.failingTd1(tampered, lines.get(1))).as(tampered).contains("doc");
    }
  }

  private static CardHolder randomHolder(Random random) {
    String letters = "abcdefghijklmnopqrstuvwxyz -";
    String surname = "x" + Seeds.string(random, letters, 30);
    String given = Seeds.string(random, letters, 20);
    StringBuilder number = new StringBuilder();
    while (number.length() < 9) {
      number.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(random.nextInt(36)));
    }
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
    char sex = "FM<".charAt(random.nextInt(3));
    return new CardHolder(surname, given, number.toString(), "UTO", birth, birth.plusYears(18 + random.nextInt(15)), sex);
  }

  private static String yymmdd(LocalDate date) {
    return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
  }

  /** The failing checks of a TD1 MRZ computed with {@link Mrz#checkDigit}. */
  private static List<String> failing(String line1, String line2) {
    List<String> failing = new java.util.ArrayList<>();
    check(failing, "doc", line1.substring(5, 14), line1.charAt(14));
    check(failing, "dob", line2.substring(0, 6), line2.charAt(6));
    check(failing, "exp", line2.substring(8, 14), line2.charAt(14));
    check(failing, "comp", line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29),
        line2.charAt(29));
    return failing;
  }

  private static void check(List<String> failing, String name, String field, char digit) {
    if (Character.forDigit(Mrz.checkDigit(field), 10) != digit) {
      failing.add(name);
    }
  }
}
