package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.document.internal.CheckDigits;

/**
 * Properties of reading zones from recognised text, on the generated valid zones of
 * {@link MrzProperties}: any single-character change where a check digit can see it is caught; the
 * character-class correction undoes letter/digit confusions where ICAO fixes the class; and it never
 * changes a check digit, so a zone whose check digit is wrong is not made valid through it.
 * QuickTheories prints the seed of any failing run.
 */
class MrzCorrectionProperties {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  @Test
  void anySingleCharacterChangeACheckDigitCanSeeIsCaught() {
    qt().withExamples(1000).forAll(MrzProperties.zones(), integers().between(0, 100_000),
        integers().between(0, ALPHABET.length() - 1)).checkAssert((zone, pick, replacement) -> {
          List<int[]> positions = checkedPositions(zone);
          int[] at = positions.get(pick % positions.size());
          char original = zone.lines().get(at[0]).charAt(at[1]);
          char changed = ALPHABET.charAt(replacement);
          int difference = CheckDigits.value(changed) - CheckDigits.value(original);
          if (difference % 10 == 0) {
            return; // 7-3-1 weights are coprime to 10: A/0, K/0, B/1... have equal check values by design
          }
          List<String> lines = set(zone.lines(), at, changed);
          assertThat(Mrz.read(lines, TODAY).valid()).as("%s changed at line %d column %d to %s", zone.lines(),
              at[0] + 1, at[1] + 1, changed).isFalse();
        });
  }

  @Test
  void classCorrectionUndoesLetterDigitConfusionsWhereTheClassIsFixed() {
    qt().withExamples(300).forAll(MrzProperties.zones(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((zone, seed) -> {
          List<String> confused = confuseFixedClasses(zone, seed);
          MrzCorrection.Decided decided = MrzCorrection.decide(confused, TODAY).orElseThrow();
          assertThat(decided.lines()).as("%s read as %s", zone.lines(), confused).isEqualTo(zone.lines());
          assertThat(decided.reading().valid()).isTrue();
        });
  }

  @Test
  void correctionNeverChangesACheckDigitNorValidatesAWrongOneWithoutAmbiguity() {
    qt().withExamples(500).forAll(MrzProperties.zones(), integers().between(0, 100), integers().between(1, 9))
        .checkAssert((zone, pick, shift) -> {
          List<int[]> checks = checkDigitPositions(zone);
          int[] at = checks.get(pick % checks.size());
          char digit = zone.lines().get(at[0]).charAt(at[1]);
          List<String> broken = set(zone.lines(), at, (char) ('0' + (digit - '0' + shift) % 10));
          MrzCorrection.Decided decided = MrzCorrection.decide(broken, TODAY).orElseThrow();
          for (int[] check : checks) {
            assertThat(decided.lines().get(check[0]).charAt(check[1])).as("check digit at %d:%d of %s", check[0] + 1,
                check[1] + 1, broken).isEqualTo(broken.get(check[0]).charAt(check[1]));
          }
          if (!hasAmbiguousCharacters(broken, zone.format())) {
            assertThat(decided.reading().valid()).as("%s", broken).isFalse();
          }
        });
  }

  /** Positions whose character a check digit covers (check digits included), skipping fillers. */
  private static List<int[]> checkedPositions(MrzProperties.Zone zone) {
    int[][] covered = switch (zone.format()) {
      case TD1 -> new int[][] {{0, 5, 29}, {1, 0, 6}, {1, 8, 14}, {1, 18, 29}};
      case TD2 -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 35}};
      case TD3 -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 43}};
      default -> new int[][] {{1, 0, 9}, {1, 13, 19}, {1, 21, 27}};
    };
    List<int[]> positions = new ArrayList<>();
    for (int[] range : covered) {
      for (int column = range[1]; column <= range[2]; column++) {
        if (zone.lines().get(range[0]).charAt(column) != '<') {
          positions.add(new int[] {range[0], column});
        }
      }
    }
    return positions;
  }

  /** The positions of check digits that hold a digit. */
  private static List<int[]> checkDigitPositions(MrzProperties.Zone zone) {
    String[] template = MrzTemplate.of(zone.format());
    List<int[]> positions = new ArrayList<>();
    for (int row = 0; row < template.length; row++) {
      for (int column = 0; column < template[row].length(); column++) {
        if (template[row].charAt(column) == 'C' && Character.isDigit(zone.lines().get(row).charAt(column))) {
          positions.add(new int[] {row, column});
        }
      }
    }
    return positions;
  }

  /** Turns some letters where ICAO wants letters into look-alike digits, and digits in dates into letters. */
  private static List<String> confuseFixedClasses(MrzProperties.Zone zone, int seed) {
    String[] template = MrzTemplate.of(zone.format());
    List<String> out = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    for (int row = 0; row < template.length; row++) {
      StringBuilder line = new StringBuilder(zone.lines().get(row));
      for (int column = 0; column < line.length(); column++) {
        char c = line.charAt(column);
        char kind = template[row].charAt(column);
        int letter = "OIZSGTB".indexOf(c);
        int digit = "012568".indexOf(c);
        if (kind == 'L' && letter >= 0 && random.nextInt(3) == 0) {
          line.setCharAt(column, "0125678".charAt(letter));
        } else if (kind == 'D' && digit >= 0 && random.nextInt(3) == 0) {
          line.setCharAt(column, "OIZSGB".charAt(digit));
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  private static boolean hasAmbiguousCharacters(List<String> lines, MrzFormat format) {
    String[] template = MrzTemplate.of(format);
    for (int row = 0; row < lines.size(); row++) {
      for (int column = 0; column < lines.get(row).length(); column++) {
        if (template[row].charAt(column) == 'A' && MrzCorrection.partner(lines.get(row).charAt(column)) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> set(List<String> lines, int[] at, char c) {
    List<String> out = new ArrayList<>(lines);
    StringBuilder line = new StringBuilder(out.get(at[0]));
    line.setCharAt(at[1], c);
    out.set(at[0], line.toString());
    return out;
  }
}
