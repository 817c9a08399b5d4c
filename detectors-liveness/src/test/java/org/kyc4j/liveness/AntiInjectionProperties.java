package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;

/**
 * Properties of the anti-injection detector over captures built from a pool of distinct camera-like
 * frames: a live capture passes, any capture holding two byte-identical frames fails, and any order
 * of capture times that is not increasing fails. jqwik reports the seed of every run.
 */
class AntiInjectionProperties {
  private static final int POOL = 8;
  private static final List<byte[]> FRAMES = IntStream.range(0, POOL)
      .mapToObj(i -> Images.png(Images.noisyGradient(64, 48, 3.0, 1000 + i))).toList();

  /** Where a copy of one frame is inserted into a capture of distinct frames. */
  record Insertion(int distinct, int source, int position) {}

  @Property(tries = 60)
  void distinctFramesAtIncreasingTimesPass(@ForAll("captureSizes") int count,
      @ForAll("intervalsMs") List<Integer> intervals, @ForAll("levels") Level level) {
    List<Instant> times = new ArrayList<>();
    Instant t = Capture.REQUESTED_AT.minusSeconds(20);
    for (int i = 0; i < count; i++) {
      t = t.plus(Duration.ofMillis(intervals.get(i)));
      times.add(t);
    }
    Finding finding = Capture.of(FRAMES.subList(0, count)).withTimes(times).detect(level);
    assertThat(finding.outcome()).as("%s", finding).isEqualTo(Outcome.PASS);
  }

  @Property(tries = 60)
  void anyCaptureWithTwoByteIdenticalFramesFails(@ForAll("insertions") Insertion insertion,
      @ForAll("levels") Level level) {
    List<byte[]> frames = new ArrayList<>(FRAMES.subList(0, insertion.distinct()));
    frames.add(insertion.position(), frames.get(insertion.source()));
    int original = insertion.position() <= insertion.source() ? insertion.source() + 1 : insertion.source();
    Finding finding = Capture.of(frames).detect(level);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
    assertThat(finding.reason().message()).contains("frames " + Math.min(original, insertion.position()) + ", "
        + Math.max(original, insertion.position()) + " have identical encoded bytes");
  }

  @Property(tries = 60)
  void anyNonIncreasingOrderOfCaptureTimesFails(@ForAll("disorderedPermutations") List<Integer> permutation,
      @ForAll("levels") Level level) {
    Capture capture = Capture.of(FRAMES.subList(0, permutation.size()));
    List<Instant> times = permutation.stream().map(capture.times()::get).toList();
    Finding finding = capture.withTimes(times).detect(level);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(finding.reason().message()).contains("capture times do not increase strictly");
  }

  @Provide
  Arbitrary<Integer> captureSizes() {
    return Arbitraries.integers().between(1, POOL);
  }

  @Provide
  Arbitrary<List<Integer>> intervalsMs() {
    return Arbitraries.integers().between(5, 2000).list().ofSize(POOL);
  }

  @Provide
  Arbitrary<Level> levels() {
    return Arbitraries.of(Level.LOOSE, Level.STANDARD, Level.STRICT);
  }

  @Provide
  Arbitrary<Insertion> insertions() {
    return Arbitraries.integers().between(1, POOL - 1).flatMap(n -> Combinators.combine(
        Arbitraries.just(n), Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n))
        .as(Insertion::new));
  }

  @Provide
  Arbitrary<List<Integer>> disorderedPermutations() {
    return Arbitraries.integers().between(2, POOL)
        .flatMap(n -> Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()))
        .filter(p -> !p.equals(IntStream.range(0, p.size()).boxed().toList()));
  }
}
