package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.spi.ThresholdTable;
import org.kyc4j.testing.MapDetectionContext;

/** The detector on constructed face readings (not real captures): what it asks, reports and writes. */
class ActionDetectorTest {
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private final ActionDetector detector = new ActionDetector();

  @Test
  void declaresItsStageCheckAndProducts() {
    assertThat(detector.id()).isEqualTo("liveness.actions");
    assertThat(detector.check()).isEqualTo(ProductConfig.Check.LIVENESS);
    assertThat(detector.products()).containsExactlyInAnyOrder(Product.REAL_ID, Product.FACE_CAPTURE);
    assertThat(detector.requires()).contains(Keys.SELFIE_FACES, Keys.REQUEST);
    assertThat(detector.uses()).containsExactly(Keys.CHALLENGE);
    assertThat(detector.thresholds().passWhen()).isEqualTo(ThresholdTable.PassWhen.AT_LEAST);
  }

  @Test
  void aBlinkPassesAndNamesItsFrames() {
    Finding finding = run("actions=FACEBLINK", blink(), null, Level.STANDARD).finding;
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.evidence()).containsEntry("action.FACEBLINK", "frames: rest 2, action 3, return 4")
        .containsEntry("asked", "config");
  }

  @Test
  void aMissingActionFailsNamingIt() {
    Finding finding = run("actions=FACEBLINK+MOUTHOPEN", blink(), null, Level.STANDARD).finding;
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.ACTION_FAILED);
    assertThat(finding.reason().message()).isEqualTo("MOUTHOPEN was not seen after FACEBLINK");
    assertThat(finding.evidence()).containsEntry("action.MOUTHOPEN", "not seen");
  }

  @Test
  void theChallengesActionsWinOverTheConfig() {
    Challenge challenge = new Challenge("0123456789abcdef0123456789abcdef", List.of(Action.MOUTHOPEN), T0.minusSeconds(5),
        T0.plusSeconds(60));
    Finding finding = run("actions=FACEBLINK", blink(), challenge, Level.STANDARD).finding;
    assertThat(finding.reason().message()).isEqualTo("MOUTHOPEN was not seen");
    assertThat(finding.evidence()).containsEntry("asked", "challenge " + challenge.id());
  }

  @Test
  void noActionAskedPassesSayingSo() {
    Finding finding = run("actions=NONE", List.of(Tracks.NEUTRAL), null, Level.STRICT).finding;
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.evidence().get("actions")).startsWith("none asked");
  }

  @Test
  void aSingleFrameCannotShowAnAction() {
    Finding finding = run("actions=FACEBLINK", List.of(Tracks.NEUTRAL), null, Level.LOOSE).finding;
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.ACTION_FAILED);
    assertThat(finding.reason().message()).startsWith("a single frame cannot show an action");
  }

  @Test
  void aFrameWithoutAFaceBreaksTheAction() {
    List<FaceGeometry> frames = new ArrayList<>(blink());
    frames.add(3, null);
    Finding finding = run("actions=FACEBLINK", frames, null, Level.STANDARD).finding;
    assertThat(finding.reason().message()).isEqualTo("FACEBLINK was not seen (1 of 6 frames had no usable face)");
  }

  @Test
  void aFaceThatJumpsIsFramesInconsistent() {
    Run run = run("actions=FACEBLINK", blink(), null, Level.STANDARD, i -> i == 2 ? 260 : 100);
    assertThat(run.finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(run.finding.reason().message()).startsWith("the face jumped between frames 1 and 2");
  }

  @Test
  void closedEyeFramesAreReturnedWhenAsked() {
    Run run = run("actions=FACEBLINK,closedEyeCapture=true", blink(), null, Level.STANDARD);
    assertThat(run.context.written(Keys.CLOSED_EYE_FRAMES)).hasValueSatisfying(list -> {
      assertThat(list.images()).hasSize(1);
      assertThat(list.images().get(0).mediaType()).isEqualTo("image/jpeg");
    });
    assertThat(run.finding.evidence()).containsEntry("closedEyeFrames", "3");
    assertThat(run("actions=FACEBLINK", blink(), null, Level.STANDARD).context.writes()).isEmpty();
  }

  private record Run(Finding finding, MapDetectionContext context) {}

  private static List<FaceGeometry> blink() {
    return List.of(Tracks.NEUTRAL, Tracks.NEUTRAL, Tracks.NEUTRAL, Tracks.peak(Action.FACEBLINK), Tracks.NEUTRAL);
  }

  private Run run(String spec, List<FaceGeometry> geometries, Challenge challenge, Level level) {
    return run(spec, geometries, challenge, level, i -> 100);
  }

  private Run run(String spec, List<FaceGeometry> geometries, Challenge challenge, Level level,
      java.util.function.IntUnaryOperator centreX) {
    VerificationRequest.Builder builder = VerificationRequest.builder("tx-actions", Product.FACE_CAPTURE)
        .config(ProductConfig.parse(spec)).requestedAt(T0);
    List<FrameFaces> faces = new ArrayList<>();
    List<RgbImage> images = new ArrayList<>();
    for (int i = 0; i < geometries.size(); i++) {
      builder.frame(new SelfieFrame(new byte[] {1, 2, 3}, T0.minusMillis(100L * (geometries.size() - i))));
      FaceBox box = Tracks.box(centreX.applyAsInt(i), 100);
      FaceGeometry g = geometries.get(i);
      faces.add(g == null ? FrameFaces.of(FaceVerdict.NONE, List.of(), null, null)
          : FrameFaces.of(FaceVerdict.ONE, List.of(box), new FaceLandmarks(new float[FaceLandmarks.COUNT * 3], 0.9), g));
      images.add(RgbImage.of(8, 8, new int[64]));
    }
    if (challenge != null) {
      builder.challenge(challenge);
    }
    VerificationRequest request = builder.build();
    MapDetectionContext context = new MapDetectionContext(detector, request, level, T0)
        .with(Keys.SELFIE_FACES, new SelfieFaces(faces, 0, "dlib-resnet-128-mirror", 128))
        .with(Keys.IMAGES, new DecodedImages(Map.of(), images));
    if (challenge != null) {
      context.with(Keys.CHALLENGE, challenge);
    }
    return new Run(detector.detect(context), context);
  }
}
