package org.kyc4j.cli;

import java.util.List;

/**
 * The work of one batch subcommand on one CSV row. The batch echoes {@link #inputColumns()},
 * then writes {@link #resultColumns()}, then {@code status} and {@code message}. A job is used
 * by one thread, row after row, in input order, and closed when the batch ends.
 */
interface BatchJob extends AutoCloseable {
  /** Returns the columns every input row must have; they are copied to the output first. */
  List<String> inputColumns();

  /** Returns the columns the job fills, written between the input columns and {@code status}. */
  List<String> resultColumns();

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
