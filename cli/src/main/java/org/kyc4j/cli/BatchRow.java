package org.kyc4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import org.kyc4j.core.EngineLimits;

/**
 * One input row as a {@link BatchJob} sees it: its text fields, and the files its path fields
 * name. A relative path is looked up in the CSV file's folder first, then in the working directory.
 */
final class BatchRow {
  /**
   * The largest image file a row or option may name, the engine's default byte limit for one image
   * (30 MiB); larger files are an ERROR row or exit code 2, never read whole.
   */
  static final long MAX_FILE_BYTES = EngineLimits.DEFAULT.maxEncodedBytes();

  private final CSVRecord row;
  private final Path csvFolder;
  private final Path workingDirectory;

  BatchRow(CSVRecord row, Path csvFolder, Path workingDirectory) {
    this.row = Objects.requireNonNull(row, "row");
    this.csvFolder = Objects.requireNonNull(csvFolder, "csvFolder");
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** Returns the text of a column. */
  String value(String column) {
    return row.get(column);
  }

  /** Returns the text of a column, empty when the CSV file has no such column or the row leaves it out. */
  String valueOrEmpty(String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
  }

  /** Returns the path a column names, resolved as the class describes. */
  Path path(String column) throws RowException {
    return path(column, value(column));
  }

  /** Returns the path {@code text}, one of the paths a column names, resolved as the class describes. */
  Path path(String column, String text) throws RowException {
    if (text.isBlank()) {
      throw new RowException("column " + column + " is empty; it names an image file");
    }
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      throw new RowException("column " + column + ": '" + text + "' is not a valid path: " + e.getReason());
    }
    if (path.isAbsolute()) {
      return path;
    }
    Path besideCsv = csvFolder.resolve(path);
    return Files.exists(besideCsv) ? besideCsv : workingDirectory.resolve(path);
  }

  /** Returns the bytes of the file a column names, at most {@link #MAX_FILE_BYTES}. */
  byte[] file(String column) throws RowException {
    return file(column, value(column));
  }

  /** Returns the bytes of the file {@code text} names, one of a column's paths, at most {@link #MAX_FILE_BYTES}. */
  byte[] file(String column, String text) throws RowException {
    Path path = path(column, text);
    try {
      return CliFiles.read(path, MAX_FILE_BYTES);
    } catch (CliFiles.Refused e) {
      throw new RowException("column " + column + ": '" + text + "' " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new RowException("column " + column + ": no such file '" + text + "'", e);
    } catch (IOException e) {
      throw new RowException("column " + column + ": cannot read '" + text + "': " + e, e);
    }
  }
}
