package org.kyc4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.DetectorContract;
import org.kyc4j.testing.MapDetectionContext;
import org.kyc4j.testing.TestImages;

/**
 * Runs the detector conformance suite on {@code example.photo-size} through a real engine, over
 * photos that pass and fail, then checks one level directly with a map-backed context.
 */
class PhotoSizeDetectorContractTest extends DetectorContract {
  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  @Override
  protected DetectorProvider provider() {
    return new PhotoSizeDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        idRecognition("large-front", photo(800, 500)),
        idRecognition("small-front", photo(320, 200)),
        idRecognition("small-back", photo(800, 500), photo(400, 300)));
  }

  @Test
  void strictAsksForMorePixelsThanStandard() {
    PhotoSizeDetector detector = new PhotoSizeDetector();
    VerificationRequest request = idRecognition("strict", photo(800, 500));
    DecodedImages decoded = new DecodedImages(Map.of(Page.FRONT, RgbImage.of(800, 500, new int[800 * 500])), List.of());
    Finding finding = detector.detect(new MapDetectionContext(detector, request, Level.STRICT, AT)
        .with(Keys.IMAGES, decoded));
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_IMAGE_INVALID);
    assertThat(finding.reason().message()).isEqualTo("the front page is 800x500 pixels: its short side 500 is under"
        + " the 720 that pass at STRICT");
  }

  private static byte[] photo(int width, int height) {
    return TestImages.png(TestImages.gradient(width, height));
  }

  private static VerificationRequest idRecognition(String transactionId, byte[] front) {
    return VerificationRequest.builder(transactionId, Product.ID_RECOGNITION).requestedAt(AT)
        .document(new DocumentImage(Page.FRONT, front, AT)).build();
  }

  private static VerificationRequest idRecognition(String transactionId, byte[] front, byte[] back) {
    return VerificationRequest.builder(transactionId, Product.ID_RECOGNITION).requestedAt(AT)
        .config(ProductConfig.parse("pages=1+2")).document(new DocumentImage(Page.FRONT, front, AT))
        .document(new DocumentImage(Page.BACK, back, AT)).build();
  }
}
