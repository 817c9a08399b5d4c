package org.kyc4j.liveness;

import org.kyc4j.spi.DecodedImages;

import org.kyc4j.testing.MapDetectionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.IntStream;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;
import org.junit.jupiter.api.Test;

/** The detector's declaration and its judgement of synthetic captures (no data folder needed). */
class AntiInjectionDetectorTest {
  private static final long SEED = 20250301L;

  /** {@code count} distinct camera-like frames (noisy gradients, JPEG), 30 fps. */
  static Capture camera(int count) {
    System.out.println("camera frames seed " + SEED);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      frames.add(Images.jpeg(Images.noisyGradient(160, 120, 3.0, SEED + i), 0.9f));
    }
    return Capture.of(frames);
  }

  @Test
  void declaresItsPlaceInTheEngine() {
    Detector detector = new AntiInjectionProvider().create(settings());
    assertThat(detector.id()).isEqualTo("liveness.anti-injection").matches(DetectorProvider.ID);
    assertThat(detector.stage()).isEqualTo(Stage.LIVENESS);
    assertThat(detector.check()).isEqualTo(ProductConfig.Check.ANTI_INJECTION);
    assertThat(detector.requires()).containsExactly(Keys.IMAGES);
    assertThat(detector.provides()).isEmpty();
    assertThat(detector.products()).containsExactlyInAnyOrder(Product.REAL_ID, Product.FACE_CAPTURE,
        Product.FACE_COMPARE);
  }

  @Test
  void publishesAFineGrainFloorThatRisesWithTheLevel() {
    ThresholdTable table = new AntiInjectionDetector(Capture.memory()).thresholds();
    assertThat(table.passWhen()).isEqualTo(ThresholdTable.PassWhen.AT_LEAST);
    assertThat(table.metric()).contains("fine-grain share");
    assertThat(table.byLevel()).containsOnlyKeys(Level.LOOSE, Level.STANDARD, Level.STRICT);
    assertThat(table.at(Level.LOOSE)).isLessThan(table.at(Level.STANDARD));
    assertThat(table.at(Level.STANDARD)).isLessThan(table.at(Level.STRICT));
    for (Level level : EnumSet.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      assertThat(table.at(level)).isEqualTo(InjectionLimits.at(level).minFineGrainShare());
    }
  }

  @Test
  void isFoundByServiceLoader() {
    List<DetectorProvider> providers = ServiceLoader.load(DetectorProvider.class).stream()
        .map(ServiceLoader.Provider::get).toList();
    assertThat(providers).anySatisfy(p -> {
      assertThat(p).isInstanceOf(AntiInjectionProvider.class);
      assertThat(p.id()).isEqualTo(p.create(settings()).id());
    });
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> new AntiInjectionDetector(Capture.memory()).detect(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AntiInjectionProvider().create(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void passesDistinctNoisyFramesAtRegularIntervals() {
    Finding finding = camera(6).detect(Level.STRICT);
    assertThat(finding.outcome()).as("%s", finding).isEqualTo(Outcome.PASS);
    assertThat(finding.score()).isGreaterThan(3 * InjectionLimits.at(Level.STRICT).minFineGrainShare());
    assertThat(finding.threshold()).isEqualTo(InjectionLimits.at(Level.STRICT).minFineGrainShare());
    assertThat(finding.evidence()).containsEntry("frames", "6").containsEntry("duplicates.bytes", "none")
        .containsEntry("duplicates.pixels", "none").containsEntry("duplicates.near", "none")
        .containsEntry("resolution", "160x120").containsKeys("limits", "fineGrain.shares", "timestamps.spanMs",
            "consecutive.changedShare", "consecutive.hashDistance");
    assertThat(finding.evidence().get("timestamps.rateFps")).isEqualTo("30.0");
  }

  @Test
  void repeatedBytesAreInjection() {
    Capture base = camera(4);
    List<byte[]> frames = new ArrayList<>(base.encoded());
    frames.add(2, base.encoded().get(0));
    Finding finding = Capture.of(frames).detect(Level.LOOSE);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("frames 0, 2 have identical encoded bytes");
    assertThat(finding.evidence()).containsEntry("duplicates.bytes", "0, 2");
  }

  @Test
  void identicalPixelsUnderDifferentBytesAreInjection() {
    var image = Images.noisyGradient(160, 120, 3.0, SEED);
    List<byte[]> frames = List.of(Images.png(image), Images.jpeg(Images.noisyGradient(160, 120, 3.0, SEED + 1), 0.9f),
        Images.png(Images.noisyGradient(160, 120, 3.0, SEED + 2)), Images.pngWithText(image, "Comment", "replayed"));
    Finding finding = Capture.of(frames).detect(Level.LOOSE);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("frames 0, 3 decode to identical pixels")
        .doesNotContain("identical encoded bytes");
  }

  @Test
  void aReEncodedStillIsNearIdentical() {
    var image = Images.noisyGradient(160, 120, 3.0, SEED);
    byte[] first = Images.jpeg(image, 0.95f);
    byte[] second = Images.jpeg(Images.toBuffered(Capture.decode(first)), 0.95f);
    Finding finding = Capture.of(List.of(first, second)).detect(Level.STANDARD);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("near-identical frames").contains("0~1 (changedShare");
  }

  @Test
  void renderedFramesWithoutSensorNoiseAreInjection() {
    List<byte[]> frames = IntStream.range(0, 5).mapToObj(i -> Images.jpeg(Images.render(640, 480, 7, i), 0.9f))
        .toList();
    Finding finding = Capture.of(frames).detect(Level.STANDARD);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("no frame shows sensor noise").contains("needs at least 0.080");
    assertThat(finding.score()).isLessThan(0.08);
  }

  @Test
  void equalAndBackwardTimestampsAreInconsistent() {
    Capture capture = camera(5);
    List<Instant> times = new ArrayList<>(capture.times());
    times.set(2, times.get(1));
    times.set(4, times.get(3).minusMillis(40));
    Finding finding = capture.withTimes(times).detect(Level.LOOSE);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(finding.reason().message()).contains("capture times do not increase strictly")
        .contains("frame 2 is 0.000 ms after frame 1").contains("frame 4 is -40.000 ms after frame 3");
  }

  @Test
  void clockSkewAllowedAfterTheRequestTimeDependsOnTheLevel() {
    List<Instant> times = new ArrayList<>(Capture.regularTimes(3, Capture.INTERVAL));
    times.set(2, Capture.REQUESTED_AT.plusSeconds(3));
    Capture capture = camera(3).withTimes(times);
    assertThat(capture.detect(Level.LOOSE).outcome()).isEqualTo(Outcome.PASS);
    assertThat(capture.detect(Level.STANDARD).outcome()).isEqualTo(Outcome.PASS);
    Finding strict = capture.detect(Level.STRICT);
    assertThat(strict.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(strict.reason().message()).contains("allowed clock skew of 1000.000 ms")
        .contains("frame 2 by 3000.000 ms").doesNotContain("frame 1 by");
  }

  @Test
  void anOldCaptureIsAReplay() {
    Capture capture = camera(3).withTimes(Capture.regularTimes(3, Capture.INTERVAL).stream()
        .map(t -> t.minus(Duration.ofMinutes(20))).toList());
    assertThat(capture.detect(Level.LOOSE).outcome()).isEqualTo(Outcome.PASS);
    Finding standard = capture.detect(Level.STANDARD);
    assertThat(standard.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(standard.reason().message()).contains("more than the allowed 600000.000 ms");
  }

  @Test
  void aLongSpanIsInconsistent() {
    Capture capture = camera(2).withTimes(Capture.regularTimes(2, Duration.ofSeconds(90)));
    assertThat(capture.detect(Level.LOOSE).outcome()).isEqualTo(Outcome.PASS);
    assertThat(capture.detect(Level.STANDARD).reason().message())
        .contains("the capture spans 90000.000 ms, more than the allowed 60000.000 ms");
  }

  @Test
  void onlyAbsurdFrameRatesAreFlagged() {
    Capture capture = camera(10);
    assertThat(capture.withTimes(Capture.regularTimes(10, Duration.ofMillis(5))).detect(Level.STRICT).outcome())
        .isEqualTo(Outcome.PASS);
    Finding fast = capture.withTimes(Capture.regularTimes(10, Duration.ofMillis(4))).detect(Level.LOOSE);
    assertThat(fast.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(fast.reason().message()).contains("250.0 fps over 10 frames");
  }

  @Test
  void aResolutionChangeIsInconsistent() {
    List<byte[]> frames = new ArrayList<>(camera(3).encoded());
    frames.add(Images.jpeg(Images.noisyGradient(120, 160, 3.0, SEED + 9), 0.9f));
    Finding finding = Capture.of(frames).detect(Level.LOOSE);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(finding.reason().message()).contains("frame 3 is 120x160 after frame 2 at 160x120");
    assertThat(finding.evidence()).containsEntry("resolution", "160x120,160x120,160x120,120x160");
  }

  @Test
  void injectionComesFirstAndEveryProblemIsNamed() {
    Capture capture = camera(3);
    List<byte[]> frames = List.of(capture.encoded().get(0), capture.encoded().get(0), capture.encoded().get(1));
    List<Instant> times = List.of(capture.times().get(2), capture.times().get(1), capture.times().get(0));
    Finding finding = Capture.of(frames).withTimes(times).detect(Level.STANDARD);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("identical encoded bytes").contains("do not increase strictly");
    assertThat(finding.evidence()).containsEntry("problems", "2");
  }

  @Test
  void aSingleFrameIsJudgedOnlyOnWhatItCanShow() {
    Finding live = camera(1).detect(Level.STRICT);
    assertThat(live.outcome()).isEqualTo(Outcome.PASS);
    assertThat(live.evidence()).containsEntry("replay", "not judged: a single frame cannot show replay by duplication")
        .containsEntry("timestamps.intervals", "not judged: a single frame has no intervals");
    Finding rendered = Capture.of(List.of(Images.jpeg(Images.render(640, 480, 3, 0), 0.9f))).detect(Level.STANDARD);
    assertThat(rendered.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    Finding late = camera(1).withTimes(List.of(Capture.REQUESTED_AT.plusSeconds(60))).detect(Level.LOOSE);
    assertThat(late.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
  }

  @Test
  void faceCompareJudgesOnlyTheNoiseOfTwoIndependentImages() {
    byte[] image = camera(1).encoded().get(0);
    Capture same = Capture.of(List.of(image, image)).withProduct(Product.FACE_COMPARE)
        .withTimes(List.of(Capture.REQUESTED_AT.minusSeconds(5), Capture.REQUESTED_AT.minusSeconds(5)));
    Finding finding = same.detect(Level.STRICT);
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.evidence()).containsKey("capture").doesNotContainKey("duplicates.bytes");
    Capture rendered = Capture.of(List.of(Images.jpeg(Images.render(640, 480, 11, 0), 0.9f),
        Images.jpeg(Images.render(640, 480, 12, 0), 0.9f))).withProduct(Product.FACE_COMPARE);
    assertThat(rendered.detect(Level.STANDARD).reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
  }

  @Test
  void framesTooSmallToMeasureAreNotJudgedForNoise() {
    List<byte[]> frames = IntStream.range(0, 3).mapToObj(i -> Images.png(Images.binaryNoise(2, 2, SEED + i))).toList();
    Finding finding = Capture.of(frames).detect(Level.STRICT);
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.score()).isNaN();
    assertThat(finding.threshold()).isNaN();
    assertThat(finding.evidence()).containsEntry("fineGrain.shares", "n/a,n/a,n/a").containsKey("fineGrain.verdict");
  }

  @Test
  void isDeterministicAndReadsOnlyTheImages() {
    Capture capture = camera(4);
    assertThat(capture.detect(Level.STANDARD)).isEqualTo(capture.detect(Level.STANDARD));
    AntiInjectionDetector detector = new AntiInjectionDetector(Capture.memory());
    List<RgbImage> decoded = capture.encoded().stream().map(Capture::decode).toList();
    MapDetectionContext context = new MapDetectionContext(detector, capture.request(Level.STANDARD), Level.STANDARD,
        Instant.EPOCH).with(Keys.IMAGES, new DecodedImages(Map.of(), decoded));
    detector.detect(context);
    assertThat(context.read()).containsExactly(Keys.IMAGES);
    assertThat(context.writes()).isEmpty();
  }

  @Test
  void refusesABoardThatDoesNotMatchTheRequest() {
    Capture capture = camera(3);
    AntiInjectionDetector detector = new AntiInjectionDetector(Capture.memory());
    List<RgbImage> decoded = List.of(Capture.decode(capture.encoded().get(0)));
    MapDetectionContext context = new MapDetectionContext(detector, capture.request(Level.STANDARD), Level.STANDARD,
        Capture.REQUESTED_AT).with(Keys.IMAGES, new DecodedImages(Map.of(), decoded));
    assertThatThrownBy(() -> detector.detect(context)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("3 selfie frames").hasMessageContaining("1 decoded frames");
  }

  private static EngineSettings settings() {
    return new EngineSettings(Clock.systemUTC(), 0, Map.of());
  }
}
