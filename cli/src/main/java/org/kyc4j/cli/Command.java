package org.kyc4j.cli;

import java.io.IOException;
import java.util.List;

/**
 * One subcommand of {@code kyc4j}. {@link Cli} parses the options the command declares, runs it,
 * and turns a {@link UsageException} or an {@code InvalidRequestException} into exit code 2.
 */
interface Command {
  /** Returns the word that selects the command, for example {@code verify}. */
  String name();

  /** Returns one line saying what the command does. */
  String summary();

  /** Returns the ways to call the command, one line each, without the leading {@code kyc4j NAME}. */
  List<String> synopses();

  /** Returns the options the command accepts. */
  List<Option> options();

  /** Returns further usage text (paragraphs after the options), or "". */
  default String notes() {
    return "";
  }

  /**
   * Runs the command.
   *
   * @return the exit code: 0 when the command did its job
   * @throws UsageException when the arguments do not fit together
   * @throws IOException when an input cannot be read or the output cannot be written
   */
  int run(Args args, Io io) throws UsageException, IOException;
}
