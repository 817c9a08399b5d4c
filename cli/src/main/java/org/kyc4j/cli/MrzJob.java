package org.kyc4j.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.document.MrzField;
import org.kyc4j.document.MrzProblem;
import org.kyc4j.document.MrzReading;

/**
 * The work of {@code kyc4j mrz}: validates each row's MRZ lines with the engine's ICAO 9303 reader
 * ({@link org.kyc4j.document.Mrz}) and judges expiry against {@code today}. Status {@value #VALID},
 * {@value #EXPIRED} (valid, expired before today), {@value #INVALID} (a check digit or another field
 * is wrong) or {@value #UNREADABLE} (no MRZ layout: line count, lengths or characters). Stateless.
 */
final class MrzJob implements BatchJob {
  static final String VALID = "VALID";
  static final String EXPIRED = "EXPIRED";
  static final String INVALID = "INVALID";
  static final String UNREADABLE = "UNREADABLE";
  static final List<String> LINES = List.of("line1", "line2", "line3");
  static final String FORMAT = "format";
  static final String VALID_COLUMN = "valid";
  static final String FAILING = "failing_checks";
  static final String EXPIRED_COLUMN = "expired";

  private final LocalDate today;

  MrzJob(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
  }

  @Override
  public List<String> inputColumns() {
    return LINES;
  }

  @Override
  public Set<String> optionalColumns() {
    return Set.of("line3");
  }

  @Override
  public List<String> resultColumns() {
    return List.of(FORMAT, VALID_COLUMN, FAILING, EXPIRED_COLUMN);
  }

  @Override
  public RowResult process(BatchRow row) {
    List<String> lines = new ArrayList<>();
    for (String column : LINES) {
      String line = row.valueOrEmpty(column).strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    MrzReading reading = org.kyc4j.document.Mrz.read(lines, today);
    String failing = reading.failingFields().stream().filter(MrzField::checked).map(MrzField::code)
        .collect(Collectors.joining(";"));
    Boolean expired = reading.expiry() == null ? null : reading.expiry().isBefore(today);
    Map<String, String> values = Map.of(FORMAT, reading.format().name(), VALID_COLUMN,
        Boolean.toString(reading.valid()), FAILING, failing, EXPIRED_COLUMN, expired == null ? "" : expired.toString());
    String problems = reading.problems().stream().map(MrzProblem::message).collect(Collectors.joining("; "));
    return new RowResult(status(reading, expired), values, expired == Boolean.TRUE && reading.valid()
        ? "expired on " + reading.expiry() + ", before " + today : problems);
  }

  private static String status(MrzReading reading, Boolean expired) {
    if (reading.format() == MrzFormat.NONE || reading.failingFields().contains(MrzField.LINES)) {
      return UNREADABLE;
    }
    if (!reading.valid()) {
      return INVALID;
    }
    return expired == Boolean.TRUE ? EXPIRED : VALID;
  }
}
