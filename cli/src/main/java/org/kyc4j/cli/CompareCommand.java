package org.kyc4j.cli;

import java.util.List;
import java.util.Locale;
import org.kyc4j.api.Level;

/**
 * {@code kyc4j compare --pairs FILE.csv [--level L]}: for each row (columns {@code a,b}: image
 * paths), the similarity of the two faces and MATCH or MISMATCH at the level, or NO_FACE_A /
 * NO_FACE_B when an image has no usable face (none, or too small), or ERROR when an image cannot be
 * read or decoded.
 */
final class CompareCommand extends BatchCommand {
  private static final Option PAIRS = Option.value("pairs", "FILE.csv", "CSV with columns a,b: two image paths per row");
  private static final Option LEVEL = Option.value("level", "L",
      "LOOSE, STANDARD (default) or STRICT: the face match threshold to apply");

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String summary() {
    return "compare the faces of image pairs listed in a CSV file";
  }

  @Override
  protected Option inputOption() {
    return PAIRS;
  }

  @Override
  protected List<Option> jobOptions() {
    return List.of(LEVEL);
  }

  @Override
  public String notes() {
    return "Result columns: similarity (cosine similarity of the two face descriptors, higher means more "
        + "alike; empty when no score exists) and status: MATCH, MISMATCH, NO_FACE_A, NO_FACE_B or ERROR. "
        + "When an image shows several faces, the largest, most central one is compared. " + super.notes();
  }

  @Override
  protected BatchJob openJob(Args args) throws UsageException {
    String text = args.find(LEVEL.name()).orElse(Level.STANDARD.name());
    Level level;
    try {
      level = Level.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--level " + text + " is not one of LOOSE, STANDARD, STRICT");
    }
    if (level == Level.CLOSED) {
      throw new UsageException("--level CLOSED would compare nothing; use LOOSE, STANDARD or STRICT");
    }
    return new CompareJob(level);
  }
}
