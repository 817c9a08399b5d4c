package org.kyc4j.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceCompareProvider;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * The work of {@code kyc4j compare}: verifies each row's two images as a FACE_COMPARE request through
 * the engine (the {@code face.compare} detector, as a Java caller gets it) and turns its finding into
 * the row's status. The engine's face runtime keeps the last {@value #CACHE} readings by image
 * content, so an image named in many rows is read once. Used by one thread.
 */
final class CompareJob implements BatchJob {
  static final String SIMILARITY = "similarity";
  private static final int CACHE = 4096;

  private final ProductConfig config;
  private final FaceRecognizer recognizer = FaceRecognizer.open(CACHE);
  private final Kyc4j engine = Kyc4j.builder().discovery(false).service(FaceRecognizer.SERVICE, recognizer)
      .addProvider(new FaceCompareProvider()).build();
  private long rows;

  CompareJob(Level level) {
    this.config = ProductConfig.builder().faceMatch(level).build();
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
    VerificationRequest request = VerificationRequest.builder("compare-" + ++rows, Product.FACE_COMPARE)
        .config(config).compare(row.file("a"), row.file("b")).requestedAt(java.time.Instant.now()).build();
    Decision decision = engine.verify(request);
    Finding compared = decision.findings().stream().filter(f -> f.detectorId().equals(FaceCompareProvider.ID))
        .findFirst().orElse(null);
    if (compared == null || compared.outcome() == Outcome.SKIPPED) {
      throw new RowException(unusable(row, decision));
    }
    Map<String, String> evidence = compared.evidence();
    String noFace = evidence.getOrDefault(FaceCompareProvider.NO_USABLE_FACE, "");
    if (!noFace.isEmpty()) {
      String status = noFace.startsWith("a") ? "NO_FACE_A" : "NO_FACE_B";
      String note = String.join("; ", List.of(noFace.split(",")).stream()
          .map(side -> side + ": " + evidence.get("image" + side.toUpperCase(Locale.ROOT))).toList());
      return new RowResult(status, Map.of(), note);
    }
    if (compared.outcome() != Outcome.PASS && compared.findReason().map(Reason::code).orElse(null)
        != ReasonCode.FACE_MISMATCH) {
      throw new RowException("the comparison ended " + compared.outcome() + ": "
          + compared.findReason().map(Reason::message).orElse(""));
    }
    int facesA = Integer.parseInt(evidence.get("imageAFaces"));
    int facesB = Integer.parseInt(evidence.get("imageBFaces"));
    String note = facesA > 1 || facesB > 1
        ? "several faces: compared the largest, most central (a: " + facesA + ", b: " + facesB + ")"
        : "";
    return new RowResult(compared.outcome() == Outcome.PASS ? "MATCH" : "MISMATCH",
        Map.of(SIMILARITY, String.format(Locale.ROOT, "%.4f", compared.score())), note);
  }

  /** The message of a row whose images the engine refused: the column and why. */
  private static String unusable(BatchRow row, Decision decision) {
    for (Reason reason : decision.reasons()) {
      if (reason.code() == ReasonCode.FACE_IMAGE_INVALID) {
        String column = reason.message().startsWith("compare image A") ? "a" : "b";
        String why = reason.message().replaceFirst("^compare image [AB]: ", "");
        return "column " + column + ": '" + row.value(column) + "' is not a usable image: " + why;
      }
    }
    return "the comparison did not run: " + decision.reasons();
  }

  @Override
  public void close() {
    try (recognizer; engine) {
      rows = 0;
    }
  }
}
