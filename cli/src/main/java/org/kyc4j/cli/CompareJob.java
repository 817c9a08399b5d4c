package org.kyc4j.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kyc4j.api.CompareImage;
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
import org.kyc4j.liveness.face.FaceCompareReaderProvider;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * The work of {@code kyc4j compare}: verifies each row's two images as a FACE_COMPARE request through
 * the engine (the {@code face.compare-a}, {@code face.compare-b} and {@code face.compare} detectors,
 * as a Java caller gets them) and turns its finding into
 * the row's status. The engine's face runtime keeps the last {@value #CACHE} readings by image
 * content, so an image named in many rows is read once. Used by one thread.
 */
final class CompareJob implements BatchJob {
  static final String SIMILARITY = "similarity";
  private static final int CACHE = 4096;

  private final ProductConfig config;
  private final FaceRecognizer recognizer = FaceRecognizer.open(CACHE);
  private final Kyc4j engine = Kyc4j.builder().discovery(false).service(FaceRecognizer.SERVICE, recognizer)
      .addProvider(new FaceCompareReaderProvider.A()).addProvider(new FaceCompareReaderProvider.B())
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
        .config(config).compare(row.file("a"), row.file("b")).requestedAt(Instant.now()).build();
    Decision decision = engine.verify(request);
    Finding a = finding(decision, CompareImage.Side.A);
    Finding b = finding(decision, CompareImage.Side.B);
    if (a == null || b == null) {
      throw new RowException(unusable(row, decision));
    }
    if (a.outcome() != Outcome.PASS || b.outcome() != Outcome.PASS) {
      String status = a.outcome() != Outcome.PASS ? "NO_FACE_A" : "NO_FACE_B";
      List<String> notes = new ArrayList<>();
      if (a.outcome() != Outcome.PASS) {
        notes.add("a: " + a.evidence().get(FaceCompareReaderProvider.FOUND));
      }
      if (b.outcome() != Outcome.PASS) {
        notes.add("b: " + b.evidence().get(FaceCompareReaderProvider.FOUND));
      }
      return new RowResult(status, Map.of(), String.join("; ", notes));
    }
    Finding match = decision.findings().stream().filter(f -> f.detectorId().equals(FaceCompareProvider.ID))
        .findFirst().orElseThrow(() -> new RowException("the engine gave no " + FaceCompareProvider.ID + " finding"));
    ReasonCode code = match.findReason().map(Reason::code).orElse(null);
    if (match.outcome() != Outcome.PASS && code != ReasonCode.FACE_MISMATCH) {
      throw new RowException("the comparison ended " + match.outcome() + ": "
          + match.findReason().map(Reason::message).orElse(""));
    }
    int facesA = Integer.parseInt(a.evidence().get(FaceCompareReaderProvider.FACES));
    int facesB = Integer.parseInt(b.evidence().get(FaceCompareReaderProvider.FACES));
    String note = facesA > 1 || facesB > 1
        ? "several faces: compared the largest, most central (a: " + facesA + ", b: " + facesB + ")"
        : "";
    return new RowResult(match.outcome() == Outcome.PASS ? "MATCH" : "MISMATCH",
        Map.of(SIMILARITY, String.format(Locale.ROOT, "%.4f", match.score())), note);
  }

  /** The finding of the reader of one side, or null when it did not run on an image. */
  private static Finding finding(Decision decision, CompareImage.Side side) {
    String id = FaceCompareReaderProvider.id(side);
    return decision.findings().stream().filter(f -> f.detectorId().equals(id) && f.outcome() != Outcome.SKIPPED)
        .findFirst().orElse(null);
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
