package org.kyc4j.cli;

import org.kyc4j.core.Kyc4j;
import picocli.CommandLine.Command;

/** {@code kyc4j plan}: prints the detector plan of an engine built with the discovered detectors. */
@Command(name = "plan", description = "print the detector plan: every discovered detector in the order it runs")
final class PlanCommand implements Subcommand {
  @Override
  public int run(Io io) {
    try (Kyc4j engine = Kyc4j.builder().build()) {
      io.out().println(engine.plan());
      return Cli.OK;
    }
  }
}
