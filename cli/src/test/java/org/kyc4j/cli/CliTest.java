package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CliTest {
  /** A command whose behaviour the test picks with --mode. */
  @Command(name = "probe", description = "a command for tests")
  static final class Probe implements Subcommand {
    @Option(names = "--mode", paramLabel = "MODE", required = true, description = "ok, usage, invalid, crash or io")
    String mode;

    @Override
    public int run(Io io) throws UsageException, IOException {
      switch (mode) {
        case "ok" -> io.out().println("done");
        case "usage" -> throw new UsageException("--mode usage was asked for");
        case "invalid" -> ProductConfig.parse("liveness=MEDIUM");
        case "io" -> throw new IOException("disk gone");
        default -> throw new IllegalStateException("boom");
      }
      return Cli.OK;
    }
  }

  /** A command that takes the name {@code help}, which the list of commands has already. */
  @Command(name = "help")
  static final class Help implements Subcommand {
    @Override
    public int run(Io io) {
      return Cli.OK;
    }
  }

  /** Captured standard output and error of one run. */
  record Run(int code, String out, String err) {}

  static Run run(Cli cli, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Path.of("").toAbsolutePath());
    int code = cli.run(List.of(argv), io);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private final Cli cli = new Cli(List.of(new Probe()));

  @Test
  void noArgumentsPrintsTheCommandListOnStandardErrorWithExit2() {
    Run run = run(cli);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("usage: kyc4j COMMAND").contains("probe").contains("help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpListsTheRealCommandsOnStandardOutput() {
    for (String help : List.of("help", "--help", "-h")) {
      Run run = run(cli, help);
      assertThat(run.code()).isZero();
      assertThat(run.out()).containsPattern("\n  probe +a command for tests\n").contains("kyc4j help COMMAND");
    }
  }

  @Test
  void helpOfACommandPrintsItsOptions() {
    Run viaHelp = run(cli, "help", "probe");
    Run viaFlag = run(cli, "probe", "--help");
    assertThat(viaHelp.code()).isZero();
    assertThat(viaHelp.out()).isEqualTo(viaFlag.out())
        .contains("usage: kyc4j probe --mode=MODE")
        .containsPattern("--mode=MODE +ok, usage, invalid, crash or io");
    assertThat(run(cli, "help", "nothing").code()).isEqualTo(2);
  }

  @Test
  void unknownCommandExits2() {
    Run run = run(cli, "verfy");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown command 'verfy'").contains("usage: kyc4j COMMAND");
  }

  @Test
  void argumentErrorsExit2WithTheMessageAndTheCommandsUsage() {
    for (String[] argv : List.of(new String[] {"probe"}, new String[] {"probe", "--mode"},
        new String[] {"probe", "--mood", "ok"}, new String[] {"probe", "--mode", "usage"},
        new String[] {"probe", "stray"})) {
      Run run = run(cli, argv);
      assertThat(run.code()).as(String.join(" ", argv)).isEqualTo(2);
      assertThat(run.err()).startsWith("kyc4j probe: ").contains("usage: kyc4j probe --mode=MODE");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void anInvalidRequestExits2WithItsMessage() {
    Run run = run(cli, "probe", "--mode", "invalid");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("invalid request: INVALID_ARGUMENT: config.liveness: value 'MEDIUM'");
  }

  @Test
  void unexpectedErrorsExit1() {
    Run crash = run(cli, "probe", "--mode", "crash");
    assertThat(crash.code()).isEqualTo(1);
    assertThat(crash.err()).contains("unexpected error: java.lang.IllegalStateException: boom");
    assertThat(run(cli, "probe", "--mode", "io").code()).isEqualTo(1);
  }

  @Test
  void successExits0() {
    Run run = run(cli, "probe", "--mode=ok");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("done\n");
  }

  @Test
  void commandNamesAreUniqueAndHelpIsReserved() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Cli(List.of(new Probe(), new Probe())))
        .hasMessageContaining("'probe'");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Cli(List.of(new Help()))).hasMessageContaining("'help'");
  }

  @Test
  void invalidRequestExceptionIsAnIllegalArgumentExceptionYetStillExits2() {
    assertThat(new InvalidRequestException("f", "m")).isInstanceOf(IllegalArgumentException.class);
  }
}
