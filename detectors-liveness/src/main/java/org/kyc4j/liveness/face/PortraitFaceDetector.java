package org.kyc4j.liveness.face;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.FaceBox;

/**
 * Describes the face to match the selfie against: the portrait on the document's front page (the
 * largest, most central face, so a smaller ghost portrait does not count). It looks on the located,
 * rectified front card first ({@link Keys#DOCUMENT_CARDS}, when a locator provided it) and on the
 * whole photo when no card was located or the card shows no usable face; the evidence's
 * {@code portraitSource} says which. Runs in the MATCH stage under the FACE_MATCH level: no portrait
 * gives PORTRAIT_NOT_FOUND and so manual review. The faces it found (the portrait first, in pixels of
 * the image named by {@code portraitSource}) go to {@link Keys#PORTRAIT_FACES}. Thread-safe.
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
  public Set<Key<?>> uses() {
    return Set.of(Keys.DOCUMENT_CARDS);
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
    Map<String, String> evidence = new LinkedHashMap<>();
    FaceReading reading = null;
    Optional<DocumentCard> card = context.find(Keys.DOCUMENT_CARDS).flatMap(cards -> cards.find(Page.FRONT));
    if (card.isPresent()) {
      reading = recognizer.read(card.get().rectified());
      evidence.put("portraitSource", "rectified card");
      if (reading.embedding().isEmpty()) {
        evidence.put("rectifiedCard", reading.summary());
        reading = null;
      }
    }
    if (reading == null) {
      reading = recognizer.read(image);
      evidence.put("portraitSource", card.isPresent() ? "whole photo (no usable face on the rectified card)"
          : "whole photo (no card located)");
    }
    context.put(Keys.PORTRAIT_FACES, reading.frame());
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
