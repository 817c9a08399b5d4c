package org.kyc4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kyc4j.api.Level;

/**
 * A subcommand that reads a CSV file with a header and writes one CSV row per input row to
 * standard output, header first, in input order. A row that cannot be judged gets status
 * {@code ERROR} and a message, and the batch goes on; exit code 0 when the batch ran, 2 when the
 * arguments or the input file are unusable. Subclasses declare their options (the input file
 * among them, required) with picocli's annotations, and open the job.
 */
abstract class BatchCommand implements Subcommand {
  /** The column written after the job's result columns. */
  static final String STATUS = "status";
  /** The last column: why a row is ERROR, or a note; empty otherwise. */
  static final String MESSAGE = "message";
  /** The usage notes every batch command ends with. */
  static final String NOTES = "Writes CSV to standard output: the input columns, the results, then " + STATUS + " and "
      + MESSAGE + ", one row per input row in input order. A row that cannot be judged gets status "
      + RowResult.ERROR + ". Relative image paths are looked up beside the CSV file first, then in "
      + "the working directory.";

  /**
   * Parses a {@code --level} value: LOOSE, STANDARD or STRICT in any case.
   *
   * @throws UsageException for another value or CLOSED, which would {@code closedMeans}
   */
  static Level level(String text, String closedMeans) throws UsageException {
    Level level;
    try {
      level = Level.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--level " + text + " is not one of LOOSE, STANDARD, STRICT");
    }
    if (level == Level.CLOSED) {
      throw new UsageException("--level CLOSED would " + closedMeans + "; use LOOSE, STANDARD or STRICT");
    }
    return level;
  }

  /** Returns the input CSV file as given on the command line. */
  protected abstract String inputFile();

  /** Opens the job for the parsed options; called after the input file was read. */
  protected abstract BatchJob openJob() throws UsageException;

  @Override
  public final int run(Io io) throws UsageException, IOException {
    Path file = io.workingDirectory().resolve(inputFile());
    CsvTables.Table table = readTable(file);
    try (BatchJob job = openJob()) {
      List<String> missing = job.inputColumns().stream()
          .filter(c -> !table.header().contains(c) && !job.optionalColumns().contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new UsageException(file + " lacks the column(s) " + missing + "; its header is " + table.header());
      }
      Path folder = file.toAbsolutePath().getParent();
      runRows(job, table, folder, io);
    }
    return Cli.OK;
  }

  private static CsvTables.Table readTable(Path file) throws UsageException {
    try (Reader reader = new StringReader(StandardCharsets.UTF_8.newDecoder()
        .decode(ByteBuffer.wrap(CliFiles.read(file, CliFiles.MAX_CSV_BYTES))).toString())) {
      return CsvTables.read(reader);
    } catch (CliFiles.Refused e) {
      throw new UsageException(file + " " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file " + file);
    } catch (CSVException e) {
      throw new UsageException(file + " is not valid CSV: " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e);
    }
  }

  static void runRows(BatchJob job, CsvTables.Table table, Path csvFolder, Io io) throws IOException {
    List<String> header = new ArrayList<>(job.inputColumns());
    header.addAll(job.resultColumns());
    header.add(STATUS);
    header.addAll(job.statusColumns());
    header.add(MESSAGE);
    CSVPrinter out = new CSVPrinter(io.out(), CsvTables.OUTPUT); // not closed: it would close standard output
    out.printRecord(header);
    for (CSVRecord row : table.rows()) {
      BatchRow batchRow = new BatchRow(row, csvFolder, io.workingDirectory());
      RowResult result = judge(job, batchRow);
      List<String> fields = new ArrayList<>();
      job.inputColumns().forEach(c -> fields.add(job.optionalColumns().contains(c) ? batchRow.valueOrEmpty(c) : row.get(c)));
      job.resultColumns().forEach(c -> fields.add(result.values().getOrDefault(c, "")));
      fields.add(result.status());
      job.statusColumns().forEach(c -> fields.add(result.values().getOrDefault(c, "")));
      fields.add(result.message());
      out.printRecord(fields);
      out.flush();
    }
  }

  private static RowResult judge(BatchJob job, BatchRow row) {
    try {
      RowResult result = job.process(row);
      List<String> unknown = result.values().keySet().stream()
          .filter(c -> !job.resultColumns().contains(c) && !job.statusColumns().contains(c)).toList();
      if (!unknown.isEmpty()) {
        return RowResult.error("internal error: the job wrote undeclared column(s) " + unknown);
      }
      return result;
    } catch (RowException e) {
      return RowResult.error(e.getMessage());
    } catch (RuntimeException e) {
      return RowResult.error("internal error: " + e);
    }
  }
}
