package org.kyc4j.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kyc4j.api.MrzFormat;

/**
 * Turns recognised MRZ text into the zone it most likely shows: fits the lines to a format, puts
 * every character into the class ICAO wants at its position (letters where letters belong: 0 to O,
 * 1 to I, 5 to S, 8 to B, 2 to Z, 6 to G; digits where digits belong, the reverse), then searches
 * the few ambiguous characters of document numbers and optional data for the reading whose check
 * digits all pass, preferring the fewest changes. Check digits are never changed, so a reading whose
 * check digit is wrong stays invalid. Stateless and thread-safe.
 */
final class MrzCorrection {
  private static final String LETTERS = "0125678";
  private static final String AS_LETTERS = "OIZSGTB";
  private static final String DIGITS = "OQDIL|ZSGB";
  private static final String AS_DIGITS = "0001112568";
  private static final int MAX_AMBIGUOUS = 10;
  private static final int MIN_FILLER_NOISE = 4;
  private static final Pattern FILLER_TAIL = Pattern.compile("<[<KLCE]*$");

  /**
   * The decided zone.
   *
   * @param lines the corrected lines
   * @param reading the validation of those lines
   * @param changes how many characters differ from the recognised text
   */
  record Decided(List<String> lines, MrzReading reading, int changes) {}

  private MrzCorrection() {}

  /** Returns the decided zone of the recognised lines, empty when they fit no MRZ format. */
  static Optional<Decided> decide(List<String> recognised, LocalDate reference) {
    List<String> lines = fit(recognised);
    MrzFormat format = Mrz.formatOf(lines);
    if (format == MrzFormat.NONE) {
      return Optional.empty();
    }
    String[] template = MrzTemplate.of(format);
    List<String> classed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      classed.add(classify(lines.get(i), template[i]));
    }
    MrzReading first = Mrz.read(classed, reference);
    int base = changes(lines, classed);
    if (first.valid()) {
      return Optional.of(new Decided(classed, first, base));
    }
    return Optional.of(search(classed, template, reference).orElse(new Decided(classed, first, base)));
  }

  /**
   * Keeps lines of MRZ length after cleaning and filler repair: a recogniser reads runs of the filler
   * {@code <} as K, L, C or E, so a trailing run of those that starts with a filler and holds at least
   * four of them becomes fillers (a shorter run may be a real name part); in a line without digits (a
   * name line) of a 36- or 44-character zone, whose second character is the document subtype, a
   * second character K becomes a filler (a TD1 name line starts with the surname, so it is kept), and a lost {@code <<} separator read as
   * {@code <K<} is restored; and a line ending in fillers is padded
   * or trimmed to the zone's length. Lines that end otherwise must have the length exactly.
   */
  private static final int TD1_LENGTH = 30;

  static List<String> fit(List<String> recognised) {
    List<String> cleaned = new ArrayList<>();
    for (String line : recognised) {
      String c = repair(line.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9<]", ""));
      if (c.length() >= 26) {
        cleaned.add(c);
      }
    }
    int length = typicalLength(cleaned);
    List<String> fitted = new ArrayList<>();
    for (String line : cleaned) {
      String f = fitLength(line, length);
      if (f != null) {
        fitted.add(f);
      }
    }
    int count = length == 30 ? 3 : 2;
    return fitted.size() > count ? fitted.subList(fitted.size() - count, fitted.size()) : fitted;
  }

  private static String repair(String line) {
    String out = line;
    Matcher tail = FILLER_TAIL.matcher(out);
    if (tail.find() && out.substring(tail.start()).replace("<", "").length() >= MIN_FILLER_NOISE) {
      out = out.substring(0, tail.start()) + "<".repeat(out.length() - tail.start());
    }
    if (!out.matches(".*[0-9].*")) {
      boolean firstLineOfALongZone = out.length() > TD1_LENGTH + 3;
      out = separator(firstLineOfALongZone && out.charAt(1) == 'K' ? out.charAt(0) + "<" + out.substring(2) : out);
    }
    return out;
  }

  /**
   * Restores the surname/given-name separator {@code <<} that a recogniser read as {@code <K<} or
   * {@code <C<}, but only in a name line that has no {@code <<} before its trailing fillers.
   */
  private static String separator(String line) {
    String names = line.replaceAll("<+$", "");
    if (names.contains("<<")) {
      return line;
    }
    for (String noise : new String[] {"<K<", "<C<"}) {
      int at = names.indexOf(noise);
      if (at >= 0) {
        return line.substring(0, at) + "<<" + line.substring(at + 3) + "<";
      }
    }
    return line;
  }

  /** The length (30, 36 or 44) the data lines (those with digits) are closest to. */
  private static int typicalLength(List<String> lines) {
    List<String> data = lines.stream().filter(line -> line.matches(".*[0-9].*")).toList();
    List<String> judged = data.isEmpty() ? lines : data;
    int best = 44;
    int bestDistance = Integer.MAX_VALUE;
    for (int length : new int[] {30, 36, 44}) {
      int distance = 0;
      for (String line : judged) {
        distance += Math.abs(line.length() - length);
      }
      if (!judged.isEmpty() && distance < bestDistance) {
        best = length;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static String fitLength(String line, int length) {
    if (line.length() == length) {
      return line;
    }
    if (!line.endsWith("<")) {
      return null;
    }
    String trimmed = line.replaceAll("<+$", "");
    return trimmed.length() > length - 1 ? null : trimmed + "<".repeat(length - trimmed.length());
  }

  /** Maps each character to the class its position wants; check digits and ambiguous positions stay. */
  static String classify(String line, String template) {
    StringBuilder out = new StringBuilder(line);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (template.charAt(i)) {
        case 'L' -> out.setCharAt(i, swap(c, LETTERS, AS_LETTERS));
        case 'D' -> out.setCharAt(i, swap(c, DIGITS, AS_DIGITS));
        default -> { }
      }
    }
    return out.toString();
  }

  private static char swap(char c, String from, String to) {
    int at = from.indexOf(c);
    return at < 0 ? c : to.charAt(at);
  }

  private static Optional<Decided> search(List<String> lines, String[] template, LocalDate reference) {
    List<int[]> ambiguous = new ArrayList<>();
    for (int row = 0; row < lines.size(); row++) {
      for (int col = 0; col < lines.get(row).length(); col++) {
        if (template[row].charAt(col) == 'A' && partner(lines.get(row).charAt(col)) != 0) {
          ambiguous.add(new int[] {row, col});
        }
      }
    }
    if (ambiguous.isEmpty() || ambiguous.size() > MAX_AMBIGUOUS) {
      return Optional.empty();
    }
    Decided best = null;
    boolean tie = false;
    for (int mask = 1; mask < 1 << ambiguous.size(); mask++) {
      List<String> variant = flip(lines, ambiguous, mask);
      MrzReading reading = Mrz.read(variant, reference);
      if (!reading.valid()) {
        continue;
      }
      int changes = Integer.bitCount(mask);
      if (best == null || changes < best.changes()) {
        best = new Decided(variant, reading, changes);
        tie = false;
      } else if (changes == best.changes()) {
        tie = true;
      }
    }
    return tie || best == null ? Optional.empty() : Optional.of(best);
  }

  /** Returns the character a recogniser confuses with {@code c} in alphanumeric fields, or 0. */
  static char partner(char c) {
    return switch (c) {
      case '0' -> 'O';
      case 'O' -> '0';
      case '1' -> 'I';
      case 'I' -> '1';
      case '5' -> 'S';
      case 'S' -> '5';
      case '8' -> 'B';
      case 'B' -> '8';
      case '2' -> 'Z';
      case 'Z' -> '2';
      default -> 0;
    };
  }

  private static List<String> flip(List<String> lines, List<int[]> ambiguous, int mask) {
    List<StringBuilder> out = new ArrayList<>();
    lines.forEach(line -> out.add(new StringBuilder(line)));
    for (int i = 0; i < ambiguous.size(); i++) {
      if ((mask >> i & 1) == 1) {
        int[] at = ambiguous.get(i);
        StringBuilder line = out.get(at[0]);
        line.setCharAt(at[1], partner(line.charAt(at[1])));
      }
    }
    return out.stream().map(StringBuilder::toString).toList();
  }

  private static int changes(List<String> a, List<String> b) {
    int n = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.get(i).length(); j++) {
        n += a.get(i).charAt(j) == b.get(i).charAt(j) ? 0 : 1;
      }
    }
    return n;
  }
}
