package org.kyc4j.cli;

import org.kyc4j.api.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kyc4j compare --pairs FILE.csv [--level L]}: for each row (columns {@code a,b}: image
 * paths), the similarity of the two faces and MATCH or MISMATCH at the level, or NO_FACE_A /
 * NO_FACE_B when an image has no usable face (none, or too small), or ERROR when an image cannot be
 * read or decoded.
 */
@Command(name = "compare", description = "compare the faces of image pairs listed in a CSV file",
    customSynopsis = "kyc4j compare --pairs FILE.csv [options]",
    footer = "Result columns: similarity (cosine similarity of the two face descriptors, higher means more "
        + "alike; empty when no score exists) and status: MATCH, MISMATCH, NO_FACE_A, NO_FACE_B or ERROR. "
        + "When an image shows several faces, the largest, most central one is compared. " + BatchCommand.NOTES)
final class CompareCommand extends BatchCommand {
  @Option(names = "--pairs", paramLabel = "FILE.csv", required = true,
      description = "CSV with columns a,b: two image paths per row")
  private String pairs;
  @Option(names = "--level", paramLabel = "L",
      description = "LOOSE, STANDARD (default) or STRICT: the face match threshold to apply")
  private String level = Level.STANDARD.name();

  @Override
  protected String inputFile() {
    return pairs;
  }

  @Override
  protected BatchJob openJob() throws UsageException {
    Level threshold = level(level, "compare nothing");
    return new CompareJob(threshold);
  }
}
