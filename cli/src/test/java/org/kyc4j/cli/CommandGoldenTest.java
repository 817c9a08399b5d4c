package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the cli's other outputs: the compare CSV, the plan, every usage text, and the
 * exit codes and standard error of bad arguments, invalid requests and unexpected errors.
 */
class CommandGoldenTest {
  private static final List<String> COMMANDS = List.of("verify", "compare", "liveness", "mrz", "document", "plan");

  @TempDir
  Path dir;

  private static CliTest.Run run(String... argv) {
    return CliTest.run(Main.cli(), argv);
  }

  @Test
  void compareWritesTheGoldenCsv() throws IOException {
    Path a1 = CompareCommandTest.lfw("Aaron_Peirsol", 1);
    Path a2 = CompareCommandTest.lfw("Aaron_Peirsol", 2);
    Path other = CompareCommandTest.lfw("Allyson_Felix", 1);
    Path data = a1.getParent().getParent().getParent().getParent();
    BufferedImage grey = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(grey, "png", dir.resolve("grey.png").toFile());
    ImageIO.write(grey, "png", dir.resolve("grey, copy.png").toFile());
    String csv = "a,b,label\r\n" + a1 + "," + a2 + ",same person\r\n" + a1 + "," + other + ",\"other, person\"\r\n"
        + "\"" + dir.resolve("grey, copy.png") + "\"," + a1 + ",no face\n" + a1 + ",grey.png,beside the CSV\n\n"
        + "missing.jpg," + a1 + ",\"two\nlines\"\n";
    Path pairs = Files.writeString(dir.resolve("pairs.csv"), csv);
    CliTest.Run run = run("compare", "--pairs", pairs.toString(), "--level", "strict");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    String out = run.out().replace(data.toString(), "$DATA").replace(dir.toString(), "$DIR")
        .replaceAll(",-?\\d\\.\\d{4},(MATCH|MISMATCH),", ",<similarity>,$1,");
    GoldenFiles.assertMatches("compare.csv", out);
  }

  @Test
  void planListsEveryDiscoveredDetectorInTheGoldenOrder() throws IOException {
    CliTest.Run run = run("plan");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.strip().split("\\s{2,}"))
        .as(line).hasSize(6));
    String steps = lines.stream().map(line -> line.strip().split("\\s{2,}"))
        .map(columns -> columns[0] + " " + columns[1] + " " + columns[2] + " " + columns[3])
        .collect(Collectors.joining("\n", "", "\n"));
    GoldenFiles.assertMatches("plan.txt", steps);
  }

  @Test
  void helpPrintsTheGoldenCommandListOnStandardOutput() throws IOException {
    CliTest.Run help = run("help");
    for (String argv : List.of("help", "--help", "-h")) {
      CliTest.Run run = run(argv);
      assertThat(run.code()).as(argv).isZero();
      assertThat(run.err()).as(argv).isEmpty();
      assertThat(run.out()).as(argv).isEqualTo(help.out());
    }
    GoldenFiles.assertMatches("usage.txt", UsageText.normalise(help.out()));
  }

  @Test
  void everyCommandsUsageIsGoldenAndTheSameViaHelpAndViaTheFlag() throws IOException {
    for (String command : COMMANDS) {
      CliTest.Run help = run("help", command);
      CliTest.Run flag = run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(flag.code()).as(command).isZero();
      assertThat(help.err() + flag.err()).as(command).isEmpty();
      assertThat(flag.out()).as(command).isEqualTo(help.out());
      GoldenFiles.assertMatches("usage-" + command + ".txt", UsageText.normalise(help.out()));
    }
  }

  @Test
  void noCommandAnUnknownCommandAndHelpOfAnUnknownCommandExit2WithTheCommandList() {
    String usage = UsageText.normalise(run("help").out());
    for (List<String> argv : List.of(List.<String>of(), List.of("verfy"), List.of("help", "verfy"))) {
      CliTest.Run run = run(argv.toArray(String[]::new));
      assertThat(run.code()).as("%s", argv).isEqualTo(2);
      assertThat(run.out()).as("%s", argv).isEmpty();
      assertThat(UsageText.normalise(run.err())).as("%s", argv).endsWith(usage);
      assertThat(run.err().lines().findFirst().orElseThrow()).as("%s", argv)
          .satisfiesAnyOf(l -> assertThat(l).startsWith("usage: "), l -> assertThat(l).contains("'verfy'"));
    }
  }

  @Test
  void badArgumentsExit2WithTheMessageThenTheCommandsUsageOnStandardError() throws IOException {
    String front = Files.writeString(dir.resolve("front.jpg"), "x").toString();
    List<List<String>> cases = List.of(
        List.of("verify", "--fornt", front, "--frames", front), List.of("verify", "--frames", front),
        List.of("verify", "--front", front, "--frames", front, "--seed", "3"),
        List.of("verify", "--front", front, "--front", front, "--frames", front),
        List.of("verify", "--sample", "--seed", "x1"), List.of("verify", "--front"),
        List.of("verify", "stray"), List.of("compare", "--pairs", dir.resolve("none.csv").toString()),
        List.of("compare", "--pairs", front, "--level", "CLOSED"), List.of("compare"), List.of("plan", "stray"));
    for (List<String> argv : cases) {
      CliTest.Run run = run(argv.toArray(String[]::new));
      assertThat(run.code()).as("%s: %s", argv, run.err()).isEqualTo(2);
      assertThat(run.out()).as("%s", argv).isEmpty();
      assertThat(run.err()).as("%s", argv).startsWith("kyc4j " + argv.get(0) + ": ");
      assertThat(UsageText.normalise(run.err())).as("%s", argv)
          .endsWith(UsageText.normalise(run("help", argv.get(0)).out()));
    }
  }

  @Test
  void anInvalidRequestExits2WithItsMessageOnly() throws IOException {
    String image = Files.writeString(dir.resolve("image.jpg"), "x").toString();
    CliTest.Run run = run("verify", "--front", image, "--frames", image, "--config", "liveness=MEDIUM");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("kyc4j verify: invalid request: INVALID_ARGUMENT: config.liveness");
  }

  @Test
  void anUnexpectedErrorExits1WithTheErrorAndItsStackTrace() throws IOException {
    String image = Files.writeString(dir.resolve("image.jpg"), "x").toString();
    VerifyCommand broken = new VerifyCommand(Clock.systemUTC(), clock -> {
      throw new IllegalStateException("no engine today");
    });
    CliTest.Run run = CliTest.run(new Cli(List.of(broken)), "verify", "--front", image, "--frames", image);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("kyc4j verify: unexpected error: java.lang.IllegalStateException: no engine today\n")
        .contains("\tat ");
  }
}
