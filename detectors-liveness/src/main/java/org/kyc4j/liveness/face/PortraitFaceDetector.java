package org.kyc4j.liveness.face;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.FaceBox;

/**
 * Describes the face to match the selfie against: the portrait on the document's front page (the
 * largest, most central face, so a smaller ghost portrait does not count). Runs in the MATCH stage
 * under the FACE_MATCH level: no portrait gives PORTRAIT_NOT_FOUND and so manual review. The faces it
 * found on the page (the portrait first) go to {@link Keys#PORTRAIT_FACES}. Thread-safe.
 */
final class PortraitFaceDetector extends RecognizerDetector {
  /** The detector's id. */
  static final String ID = "face.portrait";

  PortraitFaceDetector(FaceRecognizer recognizer) {
    super(ID, Stage.MATCH, recognizer);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.PORTRAIT_EMBEDDING, Keys.PORTRAIT_FACES);
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.FACE_MATCH;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID);
  }

  @Override
  public Finding detect(DetectionContext context) {
    RgbImage image = context.get(Keys.IMAGES).pages().get(Page.FRONT);
    if (image == null) {
      return Finding.skipped(ID, Stage.MATCH, "the request has no document front page");
    }
    FaceReading reading = recognizer.read(image);
    context.put(Keys.PORTRAIT_FACES, reading.frame());
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("documentFront", reading.summary());
    if (reading.embedding().isEmpty()) {
      return FaceFindings.fail(ID, Stage.MATCH, ReasonCode.PORTRAIT_NOT_FOUND,
          "no usable portrait was found on the document front (" + reading.summary() + ")", evidence);
    }
    context.put(Keys.PORTRAIT_EMBEDDING, reading.embedding().get());
    FaceBox face = reading.subject().orElseThrow();
    evidence.put("face", FaceFindings.describe(face));
    return Finding.pass(ID, Stage.MATCH, face.score(), Double.NaN, evidence);
  }
}
