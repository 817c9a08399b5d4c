package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the cli in a JVM of its own, as the launcher does, and reads what it prints on standard error. */
class PlainRunTest {
  @Test
  void aPlainRunPrintsNoSlf4jNotice() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "plan")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("kyc4j plan ended").isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err.lines()).as("standard error of kyc4j plan").noneMatch(line -> line.contains("SLF4J"));
  }
}
