package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.kyc4j.api.DocumentCheck;
import org.kyc4j.api.DocumentChecks;
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
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;
import org.junit.jupiter.api.Test;

/** {@code document.anti-spoof} on generated cards: grey copies, moire and a pasted region (all simulated). */
class DocumentSpoofDetectorTest {
  private final DocumentSpoofDetector detector = new DocumentSpoofDetector();

  @Test
  void aColourCardPassesAndItsGreyCopyIsAPrintedCopy() {
    RgbImage card = SpoofImages.colourCard(856, 540, 1);
    Finding genuine = judge(card, new byte[] {1}, Level.STRICT);
    Finding copy = judge(SpoofImages.greyCopy(card), new byte[] {1}, Level.LOOSE);

    assertThat(genuine.outcome()).as("%s", genuine).isEqualTo(Outcome.PASS);
    assertThat(copy.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(copy.reason().code()).isEqualTo(ReasonCode.DOC_PRINTED_COPY);
    assertThat(copy.reason().message()).contains("colour");
    assertThat(DocumentChecks.of(List.of(genuine)).get(DocumentCheck.MATERIAL_CHECK).outcome()).isEqualTo(Outcome.PASS);
    DocumentChecks checks = DocumentChecks.of(List.of(copy));
    assertThat(checks.get(DocumentCheck.MATERIAL_CHECK).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(checks.get(DocumentCheck.SCREEN_RECAPTURE_CHECK).outcome()).isEqualTo(Outcome.PASS);
    assertThat(checks.get(DocumentCheck.SECURITY_FEATURE_CHECK).outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
  }

  @Test
  void moireIsAScreenRecapture() {
    RgbImage card = SpoofImages.colourCard(856, 540, 2);
    Finding finding = judge(SpoofImages.moire(card, 5.0), new byte[] {1}, Level.LOOSE);

    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_SCREEN_RECAPTURE);
    assertThat(Double.parseDouble(finding.evidence().get("front.moire")))
        .isGreaterThan(DocumentSpoofPolicy.MOIRE.at(Level.LOOSE));
  }

  @Test
  void aPastedRegionIsSentToReviewWithItsPlace() {
    RgbImage base = SpoofImages.decode(SpoofImages.jpeg(SpoofImages.colourCard(856, 540, 3), 0.75f));
    RgbImage donor = SpoofImages.decode(SpoofImages.jpeg(SpoofImages.colourCard(900, 600, 4), 0.6f));
    int[] region = {483, 261, 240, 160};
    byte[] edited = SpoofImages.jpeg(SpoofImages.paste(base, donor, region), 0.9f);
    byte[] clean = SpoofImages.jpeg(base, 0.9f);

    Finding tampered = judge(SpoofImages.decode(edited), edited, Level.STANDARD);
    Finding control = judge(SpoofImages.decode(clean), clean, Level.STANDARD);

    assertThat(control.outcome()).as("%s", control).isEqualTo(Outcome.PASS);
    assertThat(tampered.outcome()).as("%s", tampered).isEqualTo(Outcome.REVIEW);
    assertThat(tampered.reason().code()).isEqualTo(ReasonCode.DOC_TAMPERED);
    String[] found = tampered.evidence().get("front.tamperRegion").split(",");
    int x = Integer.parseInt(found[0]);
    int y = Integer.parseInt(found[1]);
    assertThat(x).isLessThan(region[0] + region[2]);
    assertThat(x + Integer.parseInt(found[2])).isGreaterThan(region[0]);
    assertThat(y).isLessThan(region[1] + region[3]);
    assertThat(y + Integer.parseInt(found[3])).isGreaterThan(region[1]);
  }

  @Test
  void levelsDifferAndClosedSkips() {
    assertThat(detector.check()).isEqualTo(ProductConfig.Check.DOCUMENT_ANTI_SPOOF);
    for (var table : DocumentSpoofPolicy.ALL) {
      assertThat(table.at(Level.LOOSE)).as(table.metric()).isNotEqualTo(table.at(Level.STRICT));
      assertThat(table.passes(table.at(Level.STANDARD), Level.STANDARD)).isTrue();
    }
  }

  private Finding judge(RgbImage photo, byte[] bytes, Level level) {
    VerificationRequest request = VerificationRequest.builder("tx-1", Product.ID_RECOGNITION)
        .document(new DocumentImage(Page.FRONT, bytes, Requests.AT)).requestedAt(Requests.AT).build();
    MapDetectionContext context = new MapDetectionContext(detector, request, level, Requests.AT)
        .with(Keys.IMAGES, new DecodedImages(Map.of(Page.FRONT, photo), List.of()));
    Finding finding = detector.detect(context);
    assertThat(finding.detectorId()).isEqualTo(DocumentSpoofDetector.ID);
    return finding;
  }
}
