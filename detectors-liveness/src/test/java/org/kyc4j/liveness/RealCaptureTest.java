package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;

/**
 * Captures built from real camera frames of the shared data folder: consecutive frames of one NUAA
 * session or one YawDD stretch, and the phone selfie pairs, stamped at 30 fps. They pass at every
 * level; the same frames replayed, re-encoded or re-ordered fail. Skipped without the data folder.
 */
class RealCaptureTest {
  private static final int MAX_FRAMES_PER_CAPTURE = 6;
  private static final long SEED = 7L;

  @Test
  void nuaaSessionsOfLiveFacesPassAtEveryLevel() {
    List<TestData.Group> sessions = TestData.nuaaSessions("real");
    assertThat(sessions).hasSizeGreaterThan(5);
    for (TestData.Group session : sessions) {
      Capture capture = Capture.of(first(session.bytes()));
      for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
        assertPasses(session.name() + " at " + level, capture.detect(level));
      }
    }
  }

  @Test
  void nuaaSessionsOfPrintedPhotosAreCameraCapturesToo() {
    for (TestData.Group session : TestData.nuaaSessions("spoof_print")) {
      assertPasses(session.name(), Capture.of(first(session.bytes())).detect(Level.STRICT));
    }
  }

  @Test
  void yawddStretchesPass() {
    for (String label : List.of("yawn", "no_yawn")) {
      List<TestData.Group> runs = TestData.yawddRuns(label, 4);
      for (TestData.Group run : runs.subList(0, Math.min(8, runs.size()))) {
        assertPasses(run.name(), Capture.of(run.bytes()).detect(Level.STRICT));
      }
    }
  }

  @Test
  void selfiePairsPassUnlessTheirResolutionDiffers() {
    for (TestData.Group pair : TestData.selfiePairs()) {
      List<byte[]> bytes = pair.bytes();
      RgbImage normal = Capture.decode(bytes.get(0));
      RgbImage zoomed = Capture.decode(bytes.get(1));
      Finding finding = Capture.of(bytes).detect(Level.STANDARD);
      if (normal.width() == zoomed.width() && normal.height() == zoomed.height()) {
        assertPasses(pair.name(), finding);
      } else {
        assertThat(finding.reason().code()).as(pair.name()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
        assertThat(finding.reason().message()).contains("frame 1 is " + zoomed.width() + "x" + zoomed.height());
      }
    }
  }

  @Test
  void aRealFrameRepeatedIsAStillImageInjected() {
    byte[] frame = session().get(0);
    Finding finding = Capture.of(Collections.nCopies(5, frame)).detect(Level.LOOSE);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("frames 0, 1, 2, 3, 4 have identical encoded bytes");
  }

  @Test
  void aRealFrameReplayedInsideALiveCaptureFails() {
    List<byte[]> frames = new ArrayList<>(session());
    frames.add(frames.size() - 1, frames.get(1));
    Finding finding = Capture.of(frames).detect(Level.STANDARD);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("frames 1, " + (frames.size() - 2) + " have identical encoded bytes");
  }

  /**
   * A still re-encoded near its own quality changes about 1% of the pixels by 2 grey levels and is
   * caught from STANDARD; one re-encoded at 0.9 changed 3.6% of this frame, under STRICT's 5% only.
   */
  @Test
  void aRealFrameReEncodedIsNearIdentical() {
    byte[] original = session().get(0);
    BufferedImage decoded = Images.toBuffered(Capture.decode(original));
    for (float quality : new float[] {0.95f, 0.9f}) {
      Capture capture = Capture.of(List.of(original, Images.jpeg(decoded, quality)));
      for (Level level : quality > 0.92f ? List.of(Level.STANDARD, Level.STRICT) : List.of(Level.STRICT)) {
        Finding finding = capture.detect(level);
        assertThat(finding.reason()).as("quality %s at %s: %s", quality, level, finding.evidence()).isNotNull();
        assertThat(finding.reason().message()).contains("near-identical frames").contains("0~1 (changedShare");
      }
    }
    Capture png = Capture.of(List.of(original, Images.png(decoded)));
    assertThat(png.detect(Level.LOOSE).reason().message()).contains("frames 0, 1 decode to identical pixels");
  }

  @Test
  void shuffledOrBackwardTimestampsFail() {
    Capture capture = Capture.of(session());
    List<Instant> backwards = new ArrayList<>(capture.times());
    Collections.reverse(backwards);
    Finding reversed = capture.withTimes(backwards).detect(Level.LOOSE);
    assertThat(reversed.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(reversed.reason().message()).contains("frame 1 is -33.333 ms after frame 0");
    System.out.println("shuffle seed " + SEED);
    List<Instant> shuffled = new ArrayList<>(capture.times());
    Collections.shuffle(shuffled, new Random(SEED));
    assertThat(shuffled).isNotEqualTo(capture.times());
    assertThat(capture.withTimes(shuffled).detect(Level.LOOSE).reason().code())
        .isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
  }

  @Test
  void aSingleRealFramePassesWithWhatItCanShow() {
    Finding finding = Capture.of(session().subList(0, 1)).detect(Level.STRICT);
    assertPasses("single NUAA frame", finding);
    assertThat(finding.evidence().get("replay")).startsWith("not judged");
  }

  private static List<byte[]> session() {
    return first(TestData.nuaaSessions("real").get(0).bytes());
  }

  private static List<byte[]> first(List<byte[]> frames) {
    return frames.subList(0, Math.min(MAX_FRAMES_PER_CAPTURE, frames.size()));
  }

  private static void assertPasses(String what, Finding finding) {
    assertThat(finding.outcome()).as("%s: %s %s", what, finding.reason(), finding.evidence()).isEqualTo(Outcome.PASS);
  }
}
