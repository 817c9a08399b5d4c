package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Subject;
import org.kyc4j.document.internal.CardZones;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;

/**
 * The quality detectors under the DOCUMENT_QUALITY check: levels move their thresholds, CLOSED
 * switches them off, a located card is measured instead of the photo, glare counts by where it lies
 * and a finger over the card is caught.
 */
class QualityLevelsTest {
  /** A rectified ID-1 card: the inner 80% of a synthetic photo, the card alone. */
  private static final RgbImage CARD = crop(SyntheticPages.card(1070, 675, 7), 107, 67, 856, 540);
  private static final RgbImage PHOTO = SyntheticPages.card(1200, 900, 8);

  @Test
  void everyQualityDetectorFollowsTheDocumentQualityCheckWhichClosedSwitchesOff() {
    ProductConfig closed = ProductConfig.builder().documentAntiSpoof(Level.CLOSED).build();
    ProductConfig strict = ProductConfig.builder().documentAntiSpoof(Level.STRICT).build();
    for (PageQualityDetector detector : detectors()) {
      assertThat(detector.check()).as(detector.id()).isEqualTo(ProductConfig.Check.DOCUMENT_QUALITY);
      assertThat(closed.level(detector.check()).runs()).isFalse();
      assertThat(strict.level(detector.check())).isEqualTo(Level.STRICT);
      assertThat(detector.uses()).contains(Keys.DOCUMENT_CARDS);
    }
  }

  @Test
  void aLocatedCardIsMeasuredInsteadOfTheWholePhoto() {
    RgbImage blurredCard = Degradations.gaussianBlur(CARD, 6);
    for (PageQualityDetector detector : detectors()) {
      Finding onPage = run(detector, Level.STANDARD, null);
      assertThat(onPage.evidence()).containsEntry("front.source", "page");
      Finding onCard = run(detector, Level.STANDARD, blurredCard);
      assertThat(onCard.evidence()).as(detector.id()).containsEntry("front.source", "card");
    }
    Finding blurred = run(new BlurDetector(), Level.STANDARD, blurredCard);
    assertThat(blurred.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(blurred.reason().message()).contains("measured on its located card");
    assertThat(run(new BlurDetector(), Level.STANDARD, CARD).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void glareOverTheMrzBandWeighsMoreThanTheSameGlareOverFieldsOrInTheMargin() {
    GlareDetector detector = new GlareDetector();
    RgbImage overMrz = Degradations.glare(CARD, 500, 470, 30);
    RgbImage inMargin = Degradations.glare(CARD, 600, 200, 30);
    Finding mrz = run(detector, Level.STANDARD, overMrz);
    Finding margin = run(detector, Level.STANDARD, inMargin);
    assertThat(mrz.evidence()).containsKey("front.glare.mrz");
    assertThat(margin.evidence()).containsKey("front.glare.fields");
    assertThat(mrz.score()).isGreaterThan(1.6 * margin.score());
    CardZones zones = CardZones.ofCard(CardFormat.ID1, true);
    assertThat(zones.weight(0.5, 0.02)).isEqualTo(CardZones.MARGIN);
    assertThat(zones.weight(0.2, 0.5)).isEqualTo(CardZones.CONTENT);
    assertThat(CardZones.ofCard(CardFormat.ID1, false).weight(0.2, 0.5)).isEqualTo(CardZones.FIELDS);
    assertThat(CardZones.UNIFORM.weight(0.5, 0.02)).isEqualTo(CardZones.CONTENT);
    assertThat(mrz.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(mrz.reason().message()).contains("over the mrz");
    assertThat(Double.parseDouble(mrz.evidence().get("front.glareFraction")))
        .isCloseTo(Double.parseDouble(margin.evidence().get("front.glareFraction")),
            org.assertj.core.data.Percentage.withPercentage(40));
  }

  @Test
  void aFingerOverTheCardFailsFromSomeLevelAndACleanCardPassesEveryLevel() {
    OcclusionDetector detector = new OcclusionDetector();
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      assertThat(run(detector, level, CARD).outcome()).as("clean card at %s", level).isEqualTo(Outcome.PASS);
    }
    RgbImage finger = Degradations.finger(CARD, 0.3, 0.25, 0.3);
    Finding standard = run(detector, Level.STANDARD, finger);
    assertThat(standard.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(standard.reason().code()).isEqualTo(ReasonCode.DOC_OCCLUDED);
    assertThat(standard.reason().message()).contains("finger or hand");
  }

  @Test
  void theLevelDecidesASmallFinger() {
    OcclusionDetector detector = new OcclusionDetector();
    double loose = detector.thresholds().at(Level.LOOSE);
    double strict = detector.thresholds().at(Level.STRICT);
    RgbImage between = null;
    for (double width = 0.1; width <= 0.3 && between == null; width += 0.01) {
      RgbImage candidate = Degradations.finger(CARD, 0.3, width, 0.25);
      double score = detector.measure(QualitySurface.of(Page.FRONT, PHOTO, java.util.Optional.of(card(candidate)),
          java.util.Optional.empty())).score();
      between = score > strict && score < loose ? candidate : null;
    }
    assertThat(between).as("some finger lies between the STRICT and LOOSE thresholds").isNotNull();
    assertThat(run(detector, Level.LOOSE, between).outcome()).isEqualTo(Outcome.PASS);
    assertThat(run(detector, Level.STRICT, between).outcome()).isEqualTo(Outcome.FAIL);
  }

  private static RgbImage crop(RgbImage image, int x0, int y0, int w, int h) {
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixels[y * w + x] = image.rgb(x0 + x, y0 + y);
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  private static List<PageQualityDetector> detectors() {
    return List.of(new BlurDetector(), new ExposureDetector(), new GlareDetector(), new OcclusionDetector());
  }

  private static DocumentCard card(RgbImage rectified) {
    return new DocumentCard(Page.FRONT, CardFormat.ID1, new DocumentQuad(100, 100, 1100, 100, 1100, 730, 100, 730),
        rectified, 0.9, "test");
  }

  /** Runs on the photo, with {@code rectified} as the front's located card when not null. */
  private static Finding run(PageQualityDetector detector, Level level, RgbImage rectified) {
    MapDetectionContext context = new MapDetectionContext(detector, Requests.of(Subject.ANONYMOUS), level,
        Instant.EPOCH).with(Keys.IMAGES, new DecodedImages(Map.of(Page.FRONT, PHOTO), List.of()));
    if (rectified != null) {
      context.with(Keys.DOCUMENT_CARDS, new DocumentCards(Map.of(Page.FRONT, card(rectified))));
    }
    return detector.detect(context);
  }
}
