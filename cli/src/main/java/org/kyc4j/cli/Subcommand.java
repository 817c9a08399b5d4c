package org.kyc4j.cli;

import java.io.IOException;

/**
 * One subcommand of {@code kyc4j}, declared with picocli's {@code @Command} (name, summary,
 * synopsis, notes) and {@code @Option} annotations. {@link Cli} parses the command line into the
 * annotated fields, then runs the command, and turns a {@link UsageException} or an
 * {@code InvalidRequestException} into exit code 2.
 */
interface Subcommand {
  /**
   * Runs the command on the options parsed into its fields.
   *
   * @return the exit code: 0 when the command did its job
   * @throws UsageException when the arguments do not fit together
   * @throws IOException when an input cannot be read or the output cannot be written
   */
  int run(Io io) throws UsageException, IOException;
}
