package org.kyc4j.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kyc4j mrz --lines FILE.csv [--today YYYY-MM-DD]}: for each row (columns {@code line1,line2,line3},
 * {@code line3} empty or absent for two-line zones), the MRZ format, whether every check holds, the
 * failing check digits and whether the document has expired, judged as of today (UTC) or {@code --today}.
 */
@Command(name = "mrz", description = "validate machine-readable zones listed in a CSV file",
    customSynopsis = "kyc4j mrz --lines FILE.csv [options]",
    footer = "Input columns: line1, line2, line3 (one MRZ line each, top to bottom; line3 empty or absent for the "
        + "two-line formats). Result columns: format (TD1, TD2, TD3, MRVA, MRVB or NONE), valid (true when every "
        + "ICAO 9303 rule holds), failing_checks (the failing check digits joined by ';': doc, dob, exp, pers, "
        + "comp), expired (true when the expiry is before today; empty when it cannot be read) and status: VALID, "
        + "EXPIRED, INVALID (message: what is wrong), UNREADABLE (no MRZ layout) or ERROR. " + BatchCommand.NOTES)
final class MrzCommand extends BatchCommand {
  private final Clock clock;
  @Option(names = "--lines", paramLabel = "FILE.csv", required = true,
      description = "CSV with columns line1,line2,line3: one machine-readable zone per row")
  private String lines;
  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "the date expiry and two-digit years are judged at (default: today, UTC)")
  private String today;

  /** A command on the system clock. */
  MrzCommand() {
    this(Clock.systemUTC());
  }

  /** A command whose default today is {@code clock}'s date in UTC. */
  MrzCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  protected String inputFile() {
    return lines;
  }

  @Override
  protected BatchJob openJob() throws UsageException {
    if (today == null) {
      return new MrzJob(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
    try {
      return new MrzJob(LocalDate.parse(today));
    } catch (DateTimeParseException e) {
      throw new UsageException("--today " + today + " is not a date YYYY-MM-DD");
    }
  }
}
