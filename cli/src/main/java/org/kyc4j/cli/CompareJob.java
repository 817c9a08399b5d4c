package org.kyc4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.Level;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceMatchPolicy;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * The work of {@code kyc4j compare}: decodes each image as the engine does, reads its face once
 * (readings are cached by path, so an image named in many rows is read once) and compares the two
 * descriptors at the level. Used by one thread.
 */
final class CompareJob implements BatchJob {
  static final String SIMILARITY = "similarity";
  private static final int CACHE = 4096;

  private final Level level;
  private final Kyc4j decoder = Kyc4j.builder().discovery(false).build();
  private final FaceRecognizer recognizer = FaceRecognizer.open();
  private final Map<Path, FaceReading> readings = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Path, FaceReading> eldest) {
      return size() > CACHE;
    }
  };

  CompareJob(Level level) {
    this.level = level;
  }

  @Override
  public List<String> inputColumns() {
    return List.of("a", "b");
  }

  @Override
  public List<String> resultColumns() {
    return List.of(SIMILARITY);
  }

  @Override
  public RowResult process(BatchRow row) throws RowException {
    FaceReading a = read(row, "a");
    FaceReading b = read(row, "b");
    if (a.embedding().isEmpty() || b.embedding().isEmpty()) {
      String status = a.embedding().isEmpty() ? "NO_FACE_A" : "NO_FACE_B";
      String note = (a.embedding().isEmpty() ? "a: " + a.summary() : "")
          + (a.embedding().isEmpty() && b.embedding().isEmpty() ? "; " : "")
          + (b.embedding().isEmpty() ? "b: " + b.summary() : "");
      return new RowResult(status, Map.of(), note);
    }
    double similarity = FaceMatchPolicy.similarity(a.embedding().get(), b.embedding().get());
    boolean match = FaceMatchPolicy.THRESHOLDS.passes(similarity, level);
    String note = a.faceCount() > 1 || b.faceCount() > 1
        ? "several faces: compared the largest, most central (a: " + a.faceCount() + ", b: " + b.faceCount() + ")"
        : "";
    return new RowResult(match ? "MATCH" : "MISMATCH",
        Map.of(SIMILARITY, String.format(java.util.Locale.ROOT, "%.4f", similarity)), note);
  }

  private FaceReading read(BatchRow row, String column) throws RowException {
    Path path = row.path(column).toAbsolutePath().normalize();
    FaceReading cached = readings.get(path);
    if (cached != null) {
      return cached;
    }
    RgbImage image;
    try {
      image = decoder.decode(row.file(column));
    } catch (InvalidRequestException e) {
      throw new RowException("column " + column + ": '" + row.value(column) + "' is not a usable image: "
          + e.getMessage());
    }
    FaceReading reading = recognizer.read(image);
    readings.put(path, reading);
    return reading;
  }

  @Override
  public void close() {
    try (decoder; recognizer) {
      readings.clear();
    }
  }
}
