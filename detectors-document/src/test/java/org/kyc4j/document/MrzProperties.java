package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.kyc4j.testing.Generators.strings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.MrzFormat;
import org.quicktheories.core.Gen;

/**
 * Generated valid zones of every format: they read as valid, and changing any one digit of a
 * field that a check digit covers (or a check digit itself) makes them invalid. Check digits are
 * computed here independently of the main code. QuickTheories prints the seed of any failing run.
 */
class MrzProperties {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  /** A generated zone. */
  record Zone(MrzFormat format, List<String> lines) {}

  @Test
  void generatedZonesAreValid() {
    qt().withExamples(300).forAll(zones()).checkAssert(zone ->
        assertThat(Mrz.read(zone.lines(), TODAY).problems()).as(zone.lines().toString()).isEmpty());
  }

  @Test
  void changingOneCheckedDigitInvalidatesTheZone() {
    qt().withExamples(500).forAll(zones(), integers().between(0, 10_000), integers().between(1, 9))
        .checkAssert(MrzProperties::assertChangedDigitInvalidates);
  }

  private static void assertChangedDigitInvalidates(Zone zone, int pick, int shift) {
    List<int[]> positions = checkedDigitPositions(zone);
    int[] at = positions.get(pick % positions.size());
    List<String> lines = new ArrayList<>(zone.lines());
    StringBuilder line = new StringBuilder(lines.get(at[0]));
    char original = line.charAt(at[1]);
    line.setCharAt(at[1], (char) ('0' + (original - '0' + shift) % 10));
    lines.set(at[0], line.toString());
    assertThat(Mrz.read(lines, TODAY).valid()).as("%s with line %d column %d changed", zone.lines(), at[0] + 1,
        at[1] + 1).isFalse();
  }

  static Gen<Zone> zones() {
    Gen<MrzFormat> format = arbitrary().pick(MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3, MrzFormat.MRVA,
        MrzFormat.MRVB);
    Gen<String> number = strings("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6, 12);
    Gen<LocalDate> birth = longs().between(LocalDate.of(1930, 1, 1).toEpochDay(), TODAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
    Gen<LocalDate> expiry = longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(2070, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<String> optional = strings("ABCXYZ0123456789<", 0, 14);
    Gen<String> name = strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 12);
    return in -> {
      MrzFormat f = format.generate(in);
      String doc = number.generate(in);
      LocalDate dob = birth.generate(in);
      LocalDate exp = expiry.generate(in);
      String opt = optional.generate(in);
      String fullName = name.generate(in) + "<<" + name.generate(in);
      return new Zone(f, build(f, doc, dob.format(YYMMDD), exp.format(YYMMDD), opt, fullName));
    };
  }

  private static List<String> build(MrzFormat format, String doc, String dob, String exp, String optional,
      String name) {
    return switch (format) {
      case TD1 -> td1(doc, dob, exp, optional, name);
      case TD2, TD3 -> twoLine(format, doc.substring(0, Math.min(9, doc.length())), dob, exp, optional, name);
      default -> visa(format, doc.substring(0, Math.min(9, doc.length())), dob, exp, optional, name);
    };
  }

  private static List<String> td1(String doc, String dob, String exp, String optional, String name) {
    String number = doc.length() <= 9 ? pad(doc, 9) + check(pad(doc, 9)) + pad(optional, 15)
        : doc.substring(0, 9) + "<" + pad(doc.substring(9) + check(doc) + "<" + optional, 15);
    String upper = "IDUTO" + number;
    String middle = dob + check(dob) + "F" + exp + check(exp) + "UTO" + pad("", 11);
    String composite = upper.substring(5, 30) + middle.substring(0, 7) + middle.substring(8, 15)
        + middle.substring(18, 29);
    return List.of(upper, middle + check(composite), pad(name, 30));
  }

  private static List<String> twoLine(MrzFormat format, String doc, String dob, String exp, String optional,
      String name) {
    int length = format == MrzFormat.TD3 ? 44 : 36;
    String upper = (format == MrzFormat.TD3 ? "P<" : "I<") + "UTO" + pad(name, length - 5);
    String data = format == MrzFormat.TD3 ? pad(optional, 14) + personalCheck(pad(optional, 14))
        : pad(optional.substring(0, Math.min(7, optional.length())), 7);
    String lower = pad(doc, 9) + check(pad(doc, 9)) + "UTO" + dob + check(dob) + "M" + exp + check(exp) + data;
    String composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21);
    return List.of(upper, lower + check(composite));
  }

  private static List<String> visa(MrzFormat format, String doc, String dob, String exp, String optional,
      String name) {
    int length = format == MrzFormat.MRVA ? 44 : 36;
    return List.of("V<UTO" + pad(name, length - 5), pad(doc, 9) + check(pad(doc, 9)) + "UTO" + dob + check(dob)
        + "<" + exp + check(exp) + pad(optional, length - 28).substring(0, length - 28));
  }

  private static String personalCheck(String personal) {
    return personal.chars().allMatch(c -> c == '<') ? "<" : check(personal);
  }

  /** The positions (line, column) of digits that a check digit covers, check digits included. */
  private static List<int[]> checkedDigitPositions(Zone zone) {
    int[][] covered = switch (zone.format()) {
      case TD1 -> new int[][] {{0, 5, 29}, {1, 0, 6}, {1, 8, 14}, {1, 18, 29}};
      case TD2 -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 35}};
      case TD3 -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 43}};
      default -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 27}};
    };
    List<int[]> positions = new ArrayList<>();
    for (int[] range : covered) {
      String line = zone.lines().get(range[0]);
      for (int column = range[1]; column <= range[2]; column++) {
        if (Character.isDigit(line.charAt(column))) {
          positions.add(new int[] {range[0], column});
        }
      }
    }
    return positions;
  }

  private static String pad(String text, int length) {
    return (text + "<".repeat(length)).substring(0, length);
  }

  /** ICAO 9303 7-3-1 check digit, written independently of the main code. */
  private static String check(String data) {
    int[] weights = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      int value = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * weights[i % 3];
    }
    return String.valueOf(sum % 10);
  }
}
