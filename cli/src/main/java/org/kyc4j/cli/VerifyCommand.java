package org.kyc4j.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;
import org.kyc4j.api.Decision;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.passive.PassiveLivenessPolicy;
import org.kyc4j.testdata.ModelFolder;
import org.kyc4j.idn.LiteIdentityNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kyc4j verify}: reads (or generates) the applicant, builds an engine with the detectors
 * discovered on the class path, verifies the request stamped at the engine clock's now, and prints
 * the decision as pretty JSON. Exit code 0 whenever a decision was printed, whatever its status.
 */
@Command(name = "verify", description = "verify an applicant and print the decision as JSON",
    customSynopsis = {"kyc4j verify --front FILE [--back FILE] --frames FILE[,FILE...] [options]",
        "       kyc4j verify --sample [DIR] [--seed N] [--product P] [--config SPEC] [--service-level NAME]"},
    footer = {"--sample generates an applicant: a photographed ID card and 5 selfie frames of one person from "
        + "lfw_faces in the data folder (system property kyc4j.data.dir, else environment variable KYC4J_DATA, "
        + "else ../shared/data beside the project root), or a drawn face when the folder is absent.",
        "The identity network starts empty on every run, so it finds no earlier applicants.",
        "Exit codes: 0 a decision was printed (SUCCESS, PENDING or FAILURE), 2 bad arguments or an invalid "
        + "request, 1 an unexpected error."})
final class VerifyCommand implements Subcommand {
  private final Clock clock;
  private final Function<Clock, Kyc4j> engines;
  @Mixin
  private final VerifyOptions options = new VerifyOptions();

  /**
   * A command on the system clock with an engine of discovered detectors and an identity network
   * that starts empty: one run knows no earlier applicants.
   */
  VerifyCommand() {
    this(Clock.systemUTC(), clock -> withModels(Kyc4j.builder()).clock(clock)
        .identityNetwork(LiteIdentityNetwork.builder().clock(clock).build()).build());
  }

  /**
   * Names the MiniFASNet folder (engine property {@code liveness.minifasnet.dir}) when {@link ModelFolder}
   * finds one, so passive liveness runs; without it that check reports NOT_SUPPORTED.
   */
  static Kyc4j.Builder withModels(Kyc4j.Builder builder) {
    ModelFolder.locate().find("minifasnet")
        .ifPresent(dir -> builder.property(PassiveLivenessPolicy.DIR_PROPERTY, dir.toString()));
    return builder;
  }

  /** A command on the given clock whose engine {@code engines} builds for that clock. */
  VerifyCommand(Clock clock, Function<Clock, Kyc4j> engines) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.engines = Objects.requireNonNull(engines, "engines");
  }

  @Override
  public int run(Io io) throws UsageException, IOException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    VerifyRequests.Draft draft = new VerifyRequests(io).prepare(options, today);
    try (Kyc4j engine = engines.apply(clock)) {
      Decision decision = engine.verify(draft.at(clock.instant()));
      io.out().println(DecisionJson.pretty(decision));
      io.out().flush();
      return Cli.OK;
    }
  }
}
