package org.kyc4j.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.document.internal.CheckDigits;

/**
 * Reads and validates an ICAO 9303 machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B): line
 * count and lengths, the character set, document code, state codes, name, sex, real dates and
 * every 7-3-1 check digit (document number with the TD1/TD2 overflow rule, date of birth, expiry,
 * the TD3 personal number, the composite). Stateless and thread-safe.
 */
public final class Mrz {
  private static final Pattern STATE = Pattern.compile("[A-Z][A-Z<]{2}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z<]*");
  private static final Pattern FILLERS = Pattern.compile("<+");

  private Mrz() {}

  /**
   * Returns the format the lines have by count and length, {@link MrzFormat#NONE} if none: 3x30
   * is TD1; 2x36 is MRV-B when the first character is {@code V}, else TD2; 2x44 is MRV-A or TD3.
   *
   * @throws NullPointerException if {@code lines} or a line is null
   */
  public static MrzFormat formatOf(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    lines.forEach(line -> Objects.requireNonNull(line, "lines[]"));
    if (lines.size() == 3 && lines.stream().allMatch(line -> line.length() == 30)) {
      return MrzFormat.TD1;
    }
    if (lines.size() != 2 || lines.get(0).length() != lines.get(1).length()) {
      return MrzFormat.NONE;
    }
    boolean visa = lines.get(0).startsWith("V");
    return switch (lines.get(0).length()) {
      case 36 -> visa ? MrzFormat.MRVB : MrzFormat.TD2;
      case 44 -> visa ? MrzFormat.MRVA : MrzFormat.TD3;
      default -> MrzFormat.NONE;
    };
  }

  /**
   * Reads the lines of one zone. Two-digit birth years are read as the latest year not after
   * {@code referenceDate}; expiry years as the year within 50 years after it.
   *
   * @param lines the zone's lines, top to bottom, exactly as printed
   * @param referenceDate the date the document is judged at, usually the request date
   * @throws NullPointerException if an argument or a line is null
   */
  public static MrzReading read(List<String> lines, LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    MrzFormat format = formatOf(lines);
    List<MrzProblem> problems = new ArrayList<>();
    if (format == MrzFormat.NONE) {
      problems.add(new MrzProblem(MrzField.LINES, "expected 3 lines of 30 characters (TD1), or 2 lines of 36 "
          + "(TD2, MRV-B) or of 44 (TD3, MRV-A); got " + lines.size() + " lines of "
          + lines.stream().map(line -> String.valueOf(line.length())).toList() + " characters"));
      return MrzReading.unreadable(format, problems);
    }
    checkCharacters(lines, problems);
    if (!problems.isEmpty()) {
      return MrzReading.unreadable(format, problems);
    }
    return validate(RawMrz.cut(format, lines), referenceDate, problems);
  }

  private static void checkCharacters(List<String> lines, List<MrzProblem> problems) {
    for (int row = 0; row < lines.size(); row++) {
      String line = lines.get(row);
      for (int column = 0; column < line.length(); column++) {
        char c = line.charAt(column);
        if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
          problems.add(new MrzProblem(MrzField.LINES, "line " + (row + 1) + " column " + (column + 1)
              + " holds '" + c + "' (U+" + String.format("%04X", (int) c) + "); allowed: A-Z, 0-9, <"));
          return;
        }
      }
    }
  }

  private static MrzReading validate(RawMrz raw, LocalDate reference, List<MrzProblem> problems) {
    checkDocumentCode(raw, problems);
    String issuer = state(raw.issuer(), MrzField.ISSUER, problems);
    String[] names = names(raw.name(), problems);
    String number = trimFillers(raw.documentNumber());
    if (number.isEmpty()) {
      problems.add(new MrzProblem(MrzField.DOCUMENT_NUMBER, "document number is empty"));
    }
    check(MrzField.DOCUMENT_NUMBER, raw.documentNumber(), raw.documentCheck(), problems);
    String nationality = state(raw.nationality(), MrzField.NATIONALITY, problems);
    LocalDate birth = MrzDates.birth(raw.dateOfBirth(), reference, problems);
    check(MrzField.DATE_OF_BIRTH, raw.dateOfBirth(), raw.dateOfBirthCheck(), problems);
    String sex = sex(raw.sex(), problems);
    LocalDate expiry = MrzDates.expiry(raw.expiry(), reference, problems);
    check(MrzField.EXPIRY, raw.expiry(), raw.expiryCheck(), problems);
    checkPersonalNumber(raw, problems);
    if (raw.compositeCheck() != RawMrz.NO_CHECK) {
      check(MrzField.COMPOSITE, raw.compositeData(), raw.compositeCheck(), problems);
    }
    return new MrzReading(raw.format(), trimFillers(raw.documentCode()), issuer, number, names[0], names[1],
        nationality, birth, sex, expiry, words(raw.optionalData()), problems);
  }

  private static void checkDocumentCode(RawMrz raw, List<MrzProblem> problems) {
    String allowed = switch (raw.format()) {
      case TD1, TD2 -> "ACI";
      case TD3 -> "P";
      default -> "V";
    };
    char first = raw.documentCode().charAt(0);
    char second = raw.documentCode().charAt(1);
    if (allowed.indexOf(first) < 0 || second >= '0' && second <= '9') {
      problems.add(new MrzProblem(MrzField.DOCUMENT_CODE, "document code '" + raw.documentCode()
          + "' is not allowed in " + raw.format() + "; the first character must be one of " + allowed
          + ", the second a letter or <"));
    }
  }

  private static String state(String code, MrzField field, List<MrzProblem> problems) {
    if (!STATE.matcher(code).matches()) {
      problems.add(new MrzProblem(field, field.label() + " is not a state code (a letter, then letters or "
          + "fillers)"));
      return null;
    }
    return trimFillers(code);
  }

  private static String[] names(String name, List<MrzProblem> problems) {
    if (!NAME.matcher(name).matches()) {
      problems.add(new MrzProblem(MrzField.NAME,
          "name must start with a letter and hold only letters and fillers"));
      return new String[] {null, null};
    }
    int split = name.indexOf("<<");
    if (split < 0) {
      return new String[] {words(name), ""};
    }
    return new String[] {words(name.substring(0, split)), words(name.substring(split + 2))};
  }

  private static String sex(String sex, List<MrzProblem> problems) {
    return switch (sex) {
      case "M", "F", "X" -> sex;
      case "<" -> "unspecified";
      default -> {
        problems.add(new MrzProblem(MrzField.SEX, "sex is not one of M, F, X, <"));
        yield null;
      }
    };
  }

  private static void checkPersonalNumber(RawMrz raw, List<MrzProblem> problems) {
    if (raw.personalCheck() == RawMrz.NO_CHECK) {
      return;
    }
    boolean empty = FILLERS.matcher(raw.optionalData()).matches();
    if (empty && (raw.personalCheck() == '<' || raw.personalCheck() == '0')) {
      return;
    }
    check(MrzField.PERSONAL_NUMBER, raw.optionalData(), raw.personalCheck(), problems);
  }

  private static void check(MrzField field, String data, char check, List<MrzProblem> problems) {
    if (check < '0' || check > '9') {
      problems.add(new MrzProblem(field, field.label() + (field == MrzField.COMPOSITE ? "" : " check digit")
          + " '" + check + "' is not a digit"));
      return;
    }
    int computed = CheckDigits.icao(data);
    if (computed != check - '0') {
      problems.add(new MrzProblem(field, field.label() + (field == MrzField.COMPOSITE ? "" : " check digit")
          + " is " + check + ", computed " + computed));
    }
  }

  private static String trimFillers(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '<') {
      end--;
    }
    return text.substring(0, end);
  }

  private static String words(String text) {
    return FILLERS.matcher(text).replaceAll(" ").trim();
  }
}
