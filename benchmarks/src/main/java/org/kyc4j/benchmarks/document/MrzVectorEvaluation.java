package org.kyc4j.benchmarks.document;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.document.Mrz;
import org.kyc4j.document.MrzField;
import org.kyc4j.document.MrzReading;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Judges every vector of {@code mrz_text_vectors} (dev) with the engine's MRZ validation
 * ({@link Mrz#read}): a vector is right when the format, the validity ({@code all_checks_valid})
 * and the set of failing check digits ({@code failing_checks}: {@code doc}, {@code dob},
 * {@code exp}, {@code pers}, {@code comp}) all match. Prints a Markdown table per format, then
 * every wrong vector. Text only: no image is read.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.document.MrzVectorEvaluation}
 */
public final class MrzVectorEvaluation {
  /** The date two-digit years are read at; validity does not depend on it. */
  public static final LocalDate REFERENCE = LocalDate.of(2025, 6, 15);

  /**
   * One vector as judged.
   *
   * @param id the vector's id
   * @param format the expected format
   * @param expectedValid whether every check should pass
   * @param expectedFailing the check codes that should fail, sorted
   * @param reading what {@link Mrz#read} found
   */
  public record Judged(String id, MrzFormat format, boolean expectedValid, Set<String> expectedFailing,
      MrzReading reading) {
    /** Validates and copies. */
    public Judged {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(format, "format");
      expectedFailing = Set.copyOf(expectedFailing);
      Objects.requireNonNull(reading, "reading");
    }

    /** The failing check digits found, sorted. */
    public Set<String> failing() {
      return reading.failingFields().stream().filter(MrzField::checked).map(MrzField::code)
          .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether format, validity and failing checks are all as expected. */
    public boolean right() {
      return reading.format() == format && reading.valid() == expectedValid
          && failing().equals(new TreeSet<>(expectedFailing));
    }
  }

  private MrzVectorEvaluation() {}

  /** Runs the evaluation on the dev vectors and prints the table. */
  public static void main(String[] args) throws IOException {
    Path vectors = DataFolder.locate().require(DataSet.MRZ_TEXT_VECTORS).resolve("vectors.csv");
    long start = System.nanoTime();
    List<Judged> judged = evaluate(vectors);
    System.out.print(table(judged));
    System.out.printf(Locale.ROOT, "%n%d vectors judged in %.1f ms%n", judged.size(), (System.nanoTime() - start) / 1e6);
  }

  /**
   * Judges every row of a vectors file ({@code id,format,line1,line2,line3,all_checks_valid,failing_checks,...}).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a row names an unknown format
   */
  public static List<Judged> evaluate(Path vectorsCsv) throws IOException {
    List<Judged> judged = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(vectorsCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        List<String> lines = Stream.of("line1", "line2", "line3").map(row::get).map(String::strip)
            .filter(line -> !line.isEmpty()).toList();
        Set<String> failing = Arrays.stream(row.get("failing_checks").split("\\+")).map(String::strip)
            .filter(code -> !code.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        judged.add(new Judged(row.get("id"), MrzFormat.valueOf(row.get("format").strip()),
            Boolean.parseBoolean(row.get("all_checks_valid").strip()), failing, Mrz.read(lines, REFERENCE)));
      }
    }
    return judged;
  }

  /** Returns the Markdown table: per format the vectors, valid and invalid ones, right and wrong; then the wrong ones. */
  public static String table(List<Judged> judged) {
    Map<MrzFormat, List<Judged>> byFormat = new TreeMap<>(judged.stream().collect(Collectors.groupingBy(Judged::format)));
    StringBuilder out = new StringBuilder("| format | vectors | valid | invalid | judged right | wrong |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    byFormat.forEach((format, rows) -> out.append(row(format.name(), rows)));
    out.append(row("**all**", judged));
    List<Judged> wrong = judged.stream().filter(j -> !j.right()).toList();
    out.append(wrong.isEmpty() ? "\nNo vector judged wrong.\n" : "\nWrong vectors:\n");
    for (Judged j : wrong) {
      out.append(String.format(Locale.ROOT, "- %s: expected %s valid=%s failing=%s; got %s valid=%s failing=%s (%s)%n",
          j.id(), j.format(), j.expectedValid(), j.expectedFailing(), j.reading().format(), j.reading().valid(),
          j.failing(), j.reading().problems()));
    }
    return out.toString();
  }

  private static String row(String label, List<Judged> rows) {
    long valid = rows.stream().filter(Judged::expectedValid).count();
    long right = rows.stream().filter(Judged::right).count();
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", label, rows.size(), valid, rows.size() - valid,
        right, rows.size() - right);
  }
}
