package org.kyc4j.liveness.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.testing.MapDetectionContext;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The face-quality detector on drawn faces: its declaration, a clean face passing with the sharpness score, a
 * dark face failing FACE_TOO_DARK, several failures reported most important first with every measure and
 * threshold in the evidence, a face without mesh geometry failing FACE_OCCLUDED, and a best frame without a
 * face skipped.
 */
class FaceQualityDetectorTest {
  private static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");
  private final FaceQualityDetector detector = new FaceQualityDetector();

  @Test
  void declaresStageCheckProductsKeysAndTable() {
    assertThat(detector.id()).isEqualTo("face.quality");
    assertThat(detector.stage()).isEqualTo(Stage.FACE);
    assertThat(detector.check()).isEqualTo(ProductConfig.Check.LIVENESS);
    assertThat(detector.products()).containsExactlyInAnyOrder(Product.REAL_ID, Product.FACE_CAPTURE);
    assertThat(detector.requires()).containsExactlyInAnyOrder(Keys.IMAGES, Keys.SELFIE_FACES);
    assertThat(detector.provides()).isEmpty();
    assertThat(detector.thresholds()).isSameAs(FaceQualityPolicy.SHARPNESS);
  }

  @Test
  void aCleanFacePassesWithItsSharpnessAndEveryMeasureInTheEvidence() {
    Finding finding = detect(DrawnFace.image(), DrawnFace.frame(0, FaceQualityPolicy.PITCH_BIAS, 0), Level.STANDARD);
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.PASS);
    assertThat(finding.threshold()).isEqualTo(FaceQualityPolicy.SHARPNESS.at(Level.STANDARD));
    assertThat(finding.score()).isGreaterThan(finding.threshold());
    for (QualityRule rule : QualityRule.values()) {
      assertThat(finding.evidence()).containsKeys(rule.key(), FaceQualityDetector.thresholdKey(rule));
    }
    assertThat(finding.evidence()).containsEntry("frame", "0").containsEntry("level", "STANDARD");
  }

  @Test
  void aDarkFaceFailsTooDark() {
    BufferedImage dark = DrawnFace.image();
    for (int y = 0; y < dark.getHeight(); y++) {
      for (int x = 0; x < dark.getWidth(); x++) {
        dark.setRGB(x, y, (dark.getRGB(x, y) >> 4) & 0x0f0f0f);
      }
    }
    Finding finding = detect(dark, DrawnFace.frame(0, FaceQualityPolicy.PITCH_BIAS, 0), Level.LOOSE);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FACE_TOO_DARK);
    assertThat(finding.score()).isLessThan(FaceQualityPolicy.DARK_MEAN.at(Level.LOOSE));
    assertThat(finding.threshold()).isEqualTo(FaceQualityPolicy.DARK_MEAN.at(Level.LOOSE));
  }

  @Test
  void severalFailuresAreReportedMostImportantFirst() {
    FaceQualityReading reading = new FaceQualityReading(40, 120, 1, 50, 0, 0, 12, 0.8, 0, 0.01, 2, 0.7, 2, 0.95, 0.3);
    Finding finding = FaceQualityDetector.judge(reading, Level.STANDARD, 2,
        FaceQualityDetector.evidence(reading, Level.STANDARD, 2));
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FACE_TOO_DARK);
    String message = finding.reason().message();
    assertThat(message).startsWith("frame 2: the face is too dark (luma_mean 12.0000 below the STANDARD minimum");
    assertThat(message.indexOf("dark_clipped")).isLessThan(message.indexOf("pose_yaw"));
    assertThat(message.indexOf("pose_yaw")).isLessThan(message.indexOf("sharpness"));
    assertThat(message.indexOf("sharpness")).isLessThan(message.indexOf("background_edges"));
    assertThat(finding.score()).isEqualTo(12.0);
    assertThat(finding.evidence()).containsEntry("luma_mean", "12.0000").containsEntry("luma_mean_min", "20.0000")
        .containsEntry("luma_mean_max", "238.0000").containsEntry("frame", "2");
  }

  @Test
  void aFaceWithoutMeshGeometryIsNotJudgedAsClean() {
    FrameFaces boxOnly = FrameFaces.of(FaceVerdict.ONE, List.of(DrawnFace.BOX), DrawnFace.landmarks(), null);
    Finding finding = detect(DrawnFace.image(), boxOnly, Level.STANDARD);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FACE_OCCLUDED);
    assertThat(finding.reason().message()).contains("no eye, mouth or pose geometry");
  }

  @Test
  void aBestFrameWithoutAFaceIsSkipped() {
    FrameFaces none = FrameFaces.of(FaceVerdict.NONE, List.of(), null, null);
    Finding finding = detect(DrawnFace.image(), none, Level.STANDARD);
    assertThat(finding.outcome()).isEqualTo(Outcome.SKIPPED);
  }

  private Finding detect(BufferedImage image, FrameFaces frame, Level level) {
    VerificationRequest request = VerificationRequest.builder("q", Product.FACE_CAPTURE).requestedAt(AT)
        .frame(new SelfieFrame(TestImages.png(image), AT)).build();
    return detector.detect(new MapDetectionContext(detector, request, level, AT)
        .with(Keys.IMAGES, new DecodedImages(Map.of(), List.of(DrawnFace.rgb(image))))
        .with(Keys.SELFIE_FACES, new SelfieFaces(List.of(frame), 0, "test-model", 128)));
  }
}
