package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Face Compare ({@code face.compare}): describes the largest, most central face of compare image A
 * and of compare image B (both are always read, so the evidence tells of both) and compares them at
 * the FACE_MATCH level. No usable face in A (the probe) fails (FAILURE); none in B (the reference)
 * asks for review, as a missing document portrait does;
 * a similarity under the level's threshold of {@link FaceMatchPolicy#THRESHOLDS} gives REVIEW with
 * FACE_MISMATCH, the score and the threshold. Thread-safe as the recognizer is.
 */
final class FaceCompareDetector extends RecognizerDetector {
  /** The detector's id. */
  static final String ID = "face.compare";
  /** Evidence key naming the sides without a usable face: {@code a}, {@code b} or {@code a,b}. */
  static final String NO_USABLE_FACE = "noUsableFace";

  FaceCompareDetector(FaceRecognizer recognizer) {
    super(ID, Stage.FACE, recognizer);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of();
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.FACE_MATCH;
  }

  @Override
  public ThresholdTable thresholds() {
    return FaceMatchPolicy.THRESHOLDS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.FACE_COMPARE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    DecodedImages images = context.get(Keys.IMAGES);
    Map<String, String> evidence = new LinkedHashMap<>();
    FaceReading a = read(images, CompareImage.Side.A, evidence);
    FaceReading b = read(images, CompareImage.Side.B, evidence);
    if (a == null || b == null) {
      return Finding.skipped(ID, Stage.FACE, "the request does not carry both compare images A and B");
    }
    List<String> unusable = new ArrayList<>();
    if (a.embedding().isEmpty()) {
      unusable.add("a");
    }
    if (b.embedding().isEmpty()) {
      unusable.add("b");
    }
    if (!unusable.isEmpty()) {
      evidence.put(NO_USABLE_FACE, String.join(",", unusable));
      boolean probe = a.embedding().isEmpty();
      return FaceFindings.noUsableFace(ID, Stage.FACE, probe ? Outcome.FAIL : Outcome.REVIEW,
          List.of(probe ? a : b), probe ? "image a" : "image b", evidence);
    }
    return FaceFindings.match(ID, Stage.FACE, a.embedding().get(), b.embedding().get(), context.level(),
        Outcome.REVIEW, "the two faces do not match", evidence);
  }

  /** Reads one side, noting what it found; null when the request has no image of that side. */
  private FaceReading read(DecodedImages images, CompareImage.Side side, Map<String, String> evidence) {
    RgbImage image = images.compared(side).orElse(null);
    if (image == null) {
      return null;
    }
    FaceReading reading = recognizer.read(image);
    String key = "image" + side;
    evidence.put(key, reading.summary());
    evidence.put(key + "Faces", Integer.toString(reading.faceCount()));
    reading.subject().ifPresent(face -> evidence.put(key + "Face", FaceFindings.describe(face)));
    return reading;
  }
}
