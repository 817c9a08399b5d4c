package org.kyc4j.document;

import org.kyc4j.testing.MapDetectionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/** The four photo-quality detectors on synthetic pages. */
class QualityDetectorsTest {
  private static final RgbImage CARD = SyntheticPages.card(800, 500, 42);

  @Test
  void passSharpWellExposedPagesWithoutGlare() {
    for (PageQualityDetector detector : detectors()) {
      Finding finding = run(detector, Level.STANDARD, Map.of(Page.FRONT, CARD));
      assertThat(finding.outcome()).as(detector.id()).isEqualTo(Outcome.PASS);
      assertThat(finding.detectorId()).isEqualTo(detector.id());
      assertThat(finding.stage()).isEqualTo(Stage.DOCUMENT);
      assertThat(finding.threshold()).isEqualTo(detector.thresholds().at(Level.STANDARD));
      assertThat(finding.evidence()).containsEntry("level", "STANDARD")
          .containsKey("front." + firstEvidence(detector));
    }
  }

  @Test
  void blurNamesTheBlurredPageWithScoreAndThreshold() {
    BlurDetector detector = new BlurDetector();
    Finding finding = run(detector, Level.STANDARD, Map.of(Page.FRONT, CARD, Page.BACK,
        Degradations.gaussianBlur(CARD, 6)));
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_BLURRED);
    assertThat(finding.reason().message()).contains("the back page (measured on the whole photo) is blurred", "Laplacian variance",
        "at least 120 passes at STANDARD");
    assertThat(finding.score()).isLessThan(120);
    assertThat(finding.evidence()).containsKeys("front.laplacianVariance", "back.laplacianVariance",
        "back.analysedSize");
  }

  @Test
  void exposureSaysWhetherThePageIsTooDarkOrTooBright() {
    ExposureDetector detector = new ExposureDetector();
    Finding dark = run(detector, Level.STANDARD, Map.of(Page.FRONT, Degradations.darken(CARD, 0.3)));
    assertThat(dark.reason().code()).isEqualTo(ReasonCode.DOC_EXPOSURE);
    assertThat(dark.reason().message()).contains("too dark");
    Finding bright = run(detector, Level.STANDARD, Map.of(Page.FRONT, Degradations.washOut(CARD, 0.3)));
    assertThat(bright.reason().message()).contains("too bright", "washed out");
    assertThat(bright.evidence()).containsKeys("front.meanLuma", "front.clippedFraction", "front.crushedFraction",
        "front.lumaP1", "front.lumaP99");
  }

  @Test
  void glareFailsAHighlightOnTheCard() {
    GlareDetector detector = new GlareDetector();
    Finding finding = run(detector, Level.STANDARD, Map.of(Page.FRONT, Degradations.glare(CARD, 400, 250, 40)));
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_REFLECTION);
    assertThat(finding.reason().message()).contains("the front page (measured on the whole photo) has glare");
    assertThat(finding.evidence()).containsEntry("front.glareBlobs", "1");
  }

  @Test
  void theLevelMovesTheThreshold() {
    BlurDetector detector = new BlurDetector();
    RgbImage soft = null;
    for (double sigma = 0.5; sigma <= 4 && soft == null; sigma += 0.1) {
      RgbImage candidate = Degradations.gaussianBlur(CARD, sigma);
      double score = detector.measure(candidate).score();
      soft = score > 60 && score < 200 ? candidate : null;
    }
    assertThat(soft).as("some Gaussian blur puts the card between the LOOSE and STRICT thresholds").isNotNull();
    assertThat(run(detector, Level.LOOSE, Map.of(Page.FRONT, soft)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(run(detector, Level.STRICT, Map.of(Page.FRONT, soft)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void publishAnOrderedTableForEveryRunningLevel() {
    for (PageQualityDetector detector : detectors()) {
      ThresholdTable table = detector.thresholds();
      assertThat(table.byLevel()).containsOnlyKeys(Level.LOOSE, Level.STANDARD, Level.STRICT);
      double loose = table.at(Level.LOOSE);
      double strict = table.at(Level.STRICT);
      double standard = table.at(Level.STANDARD);
      if (table.passWhen() == ThresholdTable.PassWhen.AT_LEAST) {
        assertThat(loose).isLessThan(standard).isLessThan(strict);
      } else {
        assertThat(loose).isGreaterThan(standard).isGreaterThan(strict);
      }
      assertThat(detector.requires()).containsExactly(Keys.IMAGES);
      assertThat(detector.provides()).isEmpty();
    }
  }

  @Test
  void skipWhenThereIsNoPageAndRefuseANullContext() {
    for (PageQualityDetector detector : detectors()) {
      Finding finding = run(detector, Level.STANDARD, Map.of());
      assertThat(finding.outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(finding.reason().message()).contains("no document page");
      assertThatNullPointerException().isThrownBy(() -> detector.detect(null));
    }
  }

  private static List<PageQualityDetector> detectors() {
    return List.of(new BlurDetector(), new ExposureDetector(), new GlareDetector(), new OcclusionDetector());
  }

  private static String firstEvidence(PageQualityDetector detector) {
    return detector.measure(SyntheticPages.flat(10, 10, 128)).evidence().keySet().iterator().next();
  }

  private static Finding run(PageQualityDetector detector, Level level, Map<Page, RgbImage> pages) {
    MapDetectionContext context = new MapDetectionContext(detector, Requests.of(Subject.ANONYMOUS), level, Instant.EPOCH)
        .with(Keys.IMAGES, new DecodedImages(pages, List.of()));
    return detector.detect(context);
  }
}
