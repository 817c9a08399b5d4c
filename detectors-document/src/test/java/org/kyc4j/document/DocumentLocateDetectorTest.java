package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;

/** {@code document.locate} on generated scenes with known corners. */
class DocumentLocateDetectorTest {
  private static final DocumentLocateDetector DETECTOR = new DocumentLocateDetector();

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270, 7, -12, 183, 95})
  void recoversTheCornersInUprightOrderWhateverWayTheCardLies(int degrees) {
    CardScenes.Scene scene = CardScenes.scene(degrees, 1600, 1200, 800, 600, 0.7, degrees, 0.03);
    MapDetectionContext context = run(Map.of(Page.FRONT, scene.photo()));
    Finding finding = DETECTOR.detect(context);
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.PASS);
    DocumentCard card = context.written(Keys.DOCUMENT_CARDS).orElseThrow().find(Page.FRONT).orElseThrow();
    assertThat(CardScenes.cornerError(card.corners().coordinates(), scene.corners())).as(finding.toString())
        .isLessThan(0.01);
    assertThat(card.format()).isEqualTo(CardFormat.ID1);
    assertThat(card.rectified().width()).isEqualTo(1000);
    assertThat(card.rectified().height()).isEqualTo(631);
    assertThat(card.method()).contains("mrz-anchor");
    assertThat(finding.evidence().get("front.orientation")).isIn("mrz-bottom", "mrz-top-turned");
  }

  @Test
  void providesTheFrontCardAsAJpegArtefact() {
    CardScenes.Scene scene = CardScenes.scene(1, 1200, 900, 600, 450, 0.6, 3, 0.02);
    MapDetectionContext context = run(Map.of(Page.FRONT, scene.photo()));
    DETECTOR.detect(context);
    ImageArtefact artefact = context.written(Keys.CROPPED_DOCUMENT).orElseThrow();
    assertThat(artefact.mediaType()).isEqualTo("image/jpeg");
    assertThat(artefact.width()).isEqualTo(1000);
    assertThat(artefact.bytes()[0]).isEqualTo((byte) 0xFF);
    assertThat(artefact.bytes()[1]).isEqualTo((byte) 0xD8);
  }

  @Test
  void aPhotoWithoutACardFailsWithDocNotFound() {
    MapDetectionContext context = run(Map.of(Page.FRONT, CardScenes.clutter(3, 1600, 1200)));
    Finding finding = DETECTOR.detect(context);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_NOT_FOUND);
    assertThat(finding.reason().message()).contains("the front photo shows no outline");
    assertThat(context.written(Keys.DOCUMENT_CARDS).orElseThrow().cards()).isEmpty();
    assertThat(context.written(Keys.CROPPED_DOCUMENT)).isEmpty();
  }

  @Test
  void aCardRunningOffThePhotoFailsWithDocCutOff() {
    CardScenes.Scene scene = CardScenes.scene(4, 1600, 1200, 1450, 600, 0.6, 2, 0.0);
    Finding finding = DETECTOR.detect(run(Map.of(Page.FRONT, scene.photo())));
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_CUT_OFF);
    assertThat(finding.reason().message()).contains("running off its border");
  }

  @Test
  void tinyAndBlankPhotosGiveDocNotFoundWithoutAnException() {
    RgbImage tiny = RgbImage.of(40, 30, new int[40 * 30]);
    int[] grey = new int[800 * 600];
    java.util.Arrays.fill(grey, 0x808080);
    RgbImage blank = RgbImage.of(800, 600, grey);
    for (RgbImage photo : List.of(tiny, blank)) {
      Finding finding = DETECTOR.detect(run(Map.of(Page.FRONT, photo)));
      assertThat(finding.reason().code()).as(finding.toString()).isEqualTo(ReasonCode.DOC_NOT_FOUND);
    }
    assertThat(DETECTOR.detect(run(Map.of(Page.FRONT, tiny))).reason().message()).contains("below the 64 px");
    assertThat(DETECTOR.detect(run(Map.of(Page.FRONT, blank))).reason().message()).contains("is blank");
  }

  @Test
  void aTwelveMegapixelPhotoIsLocated() {
    CardScenes.Scene scene = CardScenes.scene(5, 4000, 3000, 2000, 1500, 0.6, -4, 0.02);
    MapDetectionContext context = run(Map.of(Page.FRONT, scene.photo()));
    Finding finding = DETECTOR.detect(context);
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.PASS);
    DocumentCards cards = context.written(Keys.DOCUMENT_CARDS).orElseThrow();
    assertThat(CardScenes.cornerError(cards.find(Page.FRONT).orElseThrow().corners().coordinates(),
        scene.corners())).isLessThan(0.01);
  }

  @Test
  void aTightScanOfACardIsTakenWhole() {
    RgbImage scan = TestData.rgb(CardScenes.card(new java.util.Random(6)));
    MapDetectionContext context = run(Map.of(Page.FRONT, scan));
    Finding finding = DETECTOR.detect(context);
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.PASS);
    assertThat(Double.parseDouble(finding.evidence().get("front.areaShare"))).as(finding.toString())
        .isGreaterThan(0.6);
  }

  @Test
  void publishesItsGatesAndRunsWithTheQualityChecks() {
    assertThat(DETECTOR.check()).isEqualTo(ProductConfig.Check.DOCUMENT_QUALITY);
    assertThat(DETECTOR.thresholds()).isEqualTo(DocumentLocateThresholds.MIN_AREA_SHARE);
    assertThat(DocumentLocateThresholds.MIN_AREA_SHARE.at(Level.LOOSE))
        .isLessThan(DocumentLocateThresholds.MIN_AREA_SHARE.at(Level.STRICT));
    assertThat(DocumentLocateThresholds.ASPECT_TOLERANCE.at(Level.LOOSE))
        .isGreaterThan(DocumentLocateThresholds.ASPECT_TOLERANCE.at(Level.STRICT));
    assertThat(DocumentLocateThresholds.BORDER_MARGIN.at(Level.LOOSE))
        .isLessThan(DocumentLocateThresholds.BORDER_MARGIN.at(Level.STRICT));
    assertThat(DETECTOR.provides()).containsExactlyInAnyOrder(Keys.DOCUMENT_CARDS, Keys.CROPPED_DOCUMENT);
  }

  static MapDetectionContext run(Map<Page, RgbImage> pages) {
    return new MapDetectionContext(DETECTOR, Requests.of(Subject.ANONYMOUS), Level.STANDARD, Instant.EPOCH)
        .with(Keys.IMAGES, new DecodedImages(pages, List.of()));
  }
}
