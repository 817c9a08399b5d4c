package org.kyc4j.liveness.face;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * Reads the face of one Face Compare image ({@code face.compare-a}, {@code face.compare-b}): the
 * largest, most central face, described for {@code face.compare}. Image A, the probe, is read in the
 * FACE stage, so no usable face there is a FAILURE; image B, the reference, in the MATCH stage, so no
 * usable face there gives manual review, as a missing document portrait does. The two run in
 * parallel. Thread-safe as the recognizer is.
 */
final class FaceCompareDetector extends RecognizerDetector {
  /** Evidence key: what was found in the image, for example {@code one face}. */
  static final String FOUND = "image";
  /** Evidence key: how many faces were found. */
  static final String FACES = "faces";

  private final CompareImage.Side side;
  private final Key<FaceEmbedding> provided;

  FaceCompareDetector(CompareImage.Side side, FaceRecognizer recognizer) {
    super(id(side), side == CompareImage.Side.A ? Stage.FACE : Stage.MATCH, recognizer);
    this.side = side;
    this.provided = side == CompareImage.Side.A ? Keys.COMPARE_A_EMBEDDING : Keys.COMPARE_B_EMBEDDING;
  }

  /** Returns the id of the reader of one side: {@code face.compare-a} or {@code face.compare-b}. */
  static String id(CompareImage.Side side) {
    return FaceMatchDetector.COMPARE_ID + "-" + side.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(provided);
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.FACE_MATCH;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.FACE_COMPARE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    RgbImage image = context.get(Keys.IMAGES).compared(side).orElse(null);
    if (image == null) {
      return Finding.skipped(id(), stage(), "the request has no compare image " + side);
    }
    FaceReading reading = recognizer.read(image);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put(FOUND, reading.summary());
    evidence.put(FACES, Integer.toString(reading.faceCount()));
    reading.subject().ifPresent(face -> evidence.put("face", FaceFindings.describe(face)));
    if (reading.embedding().isEmpty()) {
      String where = "image " + side.name().toLowerCase(Locale.ROOT);
      return FaceFindings.noUsableFace(id(), stage(), List.of(reading), where, evidence);
    }
    context.put(provided, reading.embedding().get());
    return Finding.pass(id(), stage(), reading.subject().orElseThrow().score(), Double.NaN, evidence);
  }
}
