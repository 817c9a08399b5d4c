package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.testing.MutableClock;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The anti-injection detector's memory of earlier captures: a capture replayed into a later request
 * is refused while it is remembered, and forgotten after the window or beyond the capacity.
 */
class PriorCaptureTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void aCaptureReplayedInALaterRequestIsRefusedNamingTheEarlierTransaction() {
    AntiInjectionDetector detector = new AntiInjectionDetector(memory(100, Duration.ofHours(1), new MutableClock(START)));
    Capture capture = Capture.of(frames(4, 1));
    Finding first = capture.detect(detector, Level.STANDARD);
    assertThat(first.outcome()).as("%s", first).isEqualTo(Outcome.PASS);
    assertThat(first.evidence().get("replay.earlier")).startsWith("none of 4 frames");

    Finding replay = capture.detect(detector, Level.STANDARD);
    assertThat(replay.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(replay.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(replay.reason().message()).contains("4 of 4 frames repeat the pixels of an earlier capture")
        .contains("transaction 'test-capture'");
    assertThat(Capture.of(frames(4, 50)).detect(detector, Level.STANDARD).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void oneReplayedFrameAmongNewOnesIsEnough() {
    AntiInjectionDetector detector = new AntiInjectionDetector(memory(100, Duration.ofHours(1), new MutableClock(START)));
    List<byte[]> old = frames(3, 7);
    Capture.of(old).detect(detector, Level.STANDARD);
    List<byte[]> mixed = new ArrayList<>(frames(3, 70));
    mixed.set(2, old.get(1));
    Finding finding = Capture.of(mixed).detect(detector, Level.STANDARD);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.evidence().get("replay.earlier")).isEqualTo(
        "frame 2 = frame 1 of transaction 'test-capture' at " + START);
  }

  @Test
  void framesAreForgottenAfterTheWindow() {
    MutableClock clock = new MutableClock(START);
    AntiInjectionDetector detector = new AntiInjectionDetector(memory(100, Duration.ofMinutes(10), clock));
    Capture capture = Capture.of(frames(3, 3));
    capture.detect(detector, Level.STANDARD);
    clock.advance(Duration.ofMinutes(9));
    assertThat(capture.detect(detector, Level.STANDARD).outcome()).isEqualTo(Outcome.FAIL);
    clock.advance(Duration.ofMinutes(2));
    assertThat(capture.detect(detector, Level.STANDARD).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void theOldestFramesGiveWayBeyondTheCapacity() {
    SeenFrames seen = memory(4, Duration.ofHours(1), new MutableClock(START));
    assertThat(seen.admit("a", List.of(1L, 2L))).isEmpty();
    assertThat(seen.admit("b", List.of(3L, 4L, 5L))).isEmpty();
    assertThat(seen.size()).isEqualTo(4);
    assertThat(seen.admit("c", List.of(1L))).as("frame 1 was dropped first").isEmpty();
    assertThat(seen.admit("d", List.of(5L)).get(0).transactionId()).isEqualTo("b");
    assertThat(memory(0, Duration.ofHours(1), Clock.systemUTC()).admit("e", List.of(1L, 1L))).isEmpty();
  }

  @Test
  void twoRequestsWithTheSameFramesAtOnceCannotBothPass() throws Exception {
    SeenFrames seen = memory(1000, Duration.ofHours(1), Clock.systemUTC());
    List<Long> frames = List.of(11L, 12L, 13L);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = "tx-" + i;
        tasks.add(() -> seen.admit(id, frames).isEmpty());
      }
      long clean = 0;
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        clean += f.get() ? 1 : 0;
      }
      assertThat(clean).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theEnginePropertiesAreCheckedByName() {
    SeenFrames defaults = SeenFrames.from(new EngineSettings(Clock.systemUTC(), 0, Map.of()));
    assertThat(defaults.capacity()).isEqualTo(100_000);
    assertThat(defaults.window()).isEqualTo(Duration.ofHours(24));
    SeenFrames set = SeenFrames.from(new EngineSettings(Clock.systemUTC(), 0,
        Map.of(SeenFrames.CAPACITY_PROPERTY, "500", SeenFrames.WINDOW_PROPERTY, "PT2H")));
    assertThat(set.capacity()).isEqualTo(500);
    assertThat(set.window()).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> SeenFrames.from(new EngineSettings(Clock.systemUTC(), 0,
        Map.of(SeenFrames.WINDOW_PROPERTY, "one day")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("liveness.replay.window='one day'").hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> memory(-1, Duration.ofHours(1), Clock.systemUTC()))
        .hasMessageContaining("liveness.replay.capacity is -1");
    assertThatThrownBy(() -> memory(10, Duration.ofDays(31), Clock.systemUTC()))
        .hasMessageContaining("liveness.replay.window is PT744H");
    assertThatThrownBy(() -> memory(10, Duration.ZERO, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
  }

  private static SeenFrames memory(int capacity, Duration window, Clock clock) {
    return new SeenFrames(capacity, window, clock);
  }

  private static List<byte[]> frames(int count, long seed) {
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      frames.add(TestImages.jpeg(TestImages.noise(160, 120, seed + i)));
    }
    return frames;
  }
}
