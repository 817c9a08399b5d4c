package org.kyc4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a command writes and which folder relative paths start from; tests pass their own.
 *
 * @param out standard output: the command's result (JSON, CSV, the plan)
 * @param err standard error: usage, errors and progress notes
 * @param workingDirectory the absolute folder relative paths are resolved against
 */
record Io(PrintStream out, PrintStream err, Path workingDirectory) {
  /** Validates that nothing is null and the folder is absolute. */
  Io {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    if (!workingDirectory.isAbsolute()) {
      throw new IllegalArgumentException("workingDirectory '" + workingDirectory + "' must be absolute");
    }
  }
}
