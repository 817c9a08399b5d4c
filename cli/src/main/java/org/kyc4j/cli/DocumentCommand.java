package org.kyc4j.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.core.Kyc4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kyc4j document --images FILE.csv [--config SPEC]}: for each row (columns {@code front} and
 * {@code back}, image paths; {@code back} empty or absent for a one-page document), one ID_RECOGNITION
 * verification through the engine and what its document stage found.
 */
@Command(name = "document", description = "verify the identity documents listed in a CSV file",
    customSynopsis = "kyc4j document --images FILE.csv [options]",
    footer = "Input columns: front and back (image paths; back empty or absent for a one-page document). Result "
        + "columns: document_type (the type read from the document), quad (the card's corners in the front photo, "
        + "'x1 y1 x2 y2 x3 y3 x4 y4' in pixels, clockwise from the document's upright top-left), mrz (the MRZ lines "
        + "read, joined by '|'), mrz_valid (true when every check digit passes), id_number, portrait (true when "
        + "the portrait was found), each empty when nothing was read or the check did not run; status: the "
        + "ID_RECOGNITION decision, SUCCESS, PENDING or FAILURE, or ERROR when a photo cannot be read or decoded; "
        + "reasons: the decision's reason codes joined by ';'. " + BatchCommand.NOTES)
final class DocumentCommand extends BatchCommand {
  private final Supplier<Kyc4j> engines;
  @Option(names = "--images", paramLabel = "FILE.csv", required = true,
      description = "CSV with columns front,back: one document per row")
  private String images;
  @Option(names = "--config", paramLabel = "SPEC",
      description = "the product configuration, as for verify (pages follow each row)")
  private String config;

  /** A command whose engine has the detectors discovered on the class path and no identity network. */
  DocumentCommand() {
    this(() -> VerifyCommand.withModels(Kyc4j.builder()).build());
  }

  /** A command on the engines {@code engines} builds, one per batch. */
  DocumentCommand(Supplier<Kyc4j> engines) {
    this.engines = Objects.requireNonNull(engines, "engines");
  }

  @Override
  protected String inputFile() {
    return images;
  }

  @Override
  protected BatchJob openJob() throws UsageException {
    ProductConfig parsed;
    try {
      parsed = ProductConfig.parse(Objects.requireNonNullElse(config, ""));
    } catch (InvalidRequestException e) {
      throw new UsageException("--config: " + e.getMessage());
    }
    return new DocumentJob(parsed, engines.get());
  }
}
