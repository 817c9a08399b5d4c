package org.kyc4j.cli;

import java.util.List;
import org.kyc4j.core.Kyc4j;

/** {@code kyc4j plan}: prints the detector plan of an engine built with the discovered detectors. */
final class PlanCommand implements Command {
  @Override
  public String name() {
    return "plan";
  }

  @Override
  public String summary() {
    return "print the detector plan: every discovered detector in the order it runs";
  }

  @Override
  public List<String> synopses() {
    return List.of("");
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public int run(Args args, Io io) {
    try (Kyc4j engine = Kyc4j.builder().build()) {
      io.out().println(engine.plan());
      return Cli.OK;
    }
  }
}
