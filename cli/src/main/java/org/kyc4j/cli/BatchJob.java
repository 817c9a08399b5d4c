package org.kyc4j.cli;

import java.util.List;
import java.util.Set;

/**
 * The work of one batch subcommand on one CSV row. The batch echoes {@link #inputColumns()},
 * then writes {@link #resultColumns()}, then {@code status} and {@code message}. A job is used
 * by one thread, row after row, in input order, and closed when the batch ends.
 */
interface BatchJob extends AutoCloseable {
  /** Returns the columns every input row must have; they are copied to the output first. */
  List<String> inputColumns();

  /**
   * Returns the input columns a CSV file may leave out, a subset of {@link #inputColumns()}; such
   * a column is echoed empty when the file lacks it. None by default.
   */
  default Set<String> optionalColumns() {
    return Set.of();
  }

  /** Returns the columns the job fills, written between the input columns and {@code status}. */
  List<String> resultColumns();

  /** Returns the columns the job fills after {@code status}, before {@code message}; none by default. */
  default List<String> statusColumns() {
    return List.of();
  }

  /**
   * Processes one row.
   *
   * @throws RowException when the row cannot be judged (an unreadable or undecodable image, a
   *     malformed value); the row gets status {@code ERROR} with the message, and the batch goes on
   */
  RowResult process(BatchRow row) throws RowException;

  /** Releases what the job holds (an engine, for example). */
  @Override
  default void close() {}
}
