package org.kyc4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point of the {@code kyc4j} command (the executable jar's main class): registers the
 * subcommands and exits with the code {@link Cli} returns. Output is UTF-8.
 */
public final class Main {
  private Main() {}

  /** Runs {@code kyc4j} and exits: 0 done, 1 unexpected error, 2 bad arguments. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Io io = new Io(out, err, Path.of("").toAbsolutePath());
    int code = cli().run(List.of(args), io);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Returns the dispatcher over every real subcommand. */
  static Cli cli() {
    return new Cli(List.of(new VerifyCommand(), new CompareCommand(), new LivenessCommand(), new MrzCommand(),
        new DocumentCommand(), new PlanCommand()));
  }
}
