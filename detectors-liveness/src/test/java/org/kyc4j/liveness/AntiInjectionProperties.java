package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.quicktheories.core.Gen;

/**
 * Properties of the anti-injection detector over captures built from a pool of distinct camera-like
 * frames: a live capture passes, any capture holding two byte-identical frames fails, and any order
 * of capture times that is not increasing fails. QuickTheories prints the seed of any failing run.
 */
class AntiInjectionProperties {
  private static final int POOL = 8;
  private static final List<byte[]> FRAMES = IntStream.range(0, POOL)
      .mapToObj(i -> Images.png(Images.noisyGradient(64, 48, 3.0, 1000 + i))).toList();
  /** Shrink attempts on a failure: each example decodes and compares up to nine frames (a few ms). */
  private static final int SHRINKS = 2_000;

  /** Where a copy of one frame is inserted into a capture of distinct frames. */
  record Insertion(int distinct, int source, int position) {}

  @Test
  void distinctFramesAtIncreasingTimesPass() {
    qt().withExamples(60).withShrinkCycles(SHRINKS).forAll(captureSizes(), intervalsMs(), levels())
        .checkAssert((count, intervals, level) -> {
          List<Instant> times = new ArrayList<>();
          Instant t = Capture.REQUESTED_AT.minusSeconds(20);
          for (int i = 0; i < count; i++) {
            t = t.plus(Duration.ofMillis(intervals.get(i)));
            times.add(t);
          }
          Finding finding = Capture.of(FRAMES.subList(0, count)).withTimes(times).detect(level);
          assertThat(finding.outcome()).as("%s", finding).isEqualTo(Outcome.PASS);
        });
  }

  @Test
  void anyCaptureWithTwoByteIdenticalFramesFails() {
    qt().withExamples(60).withShrinkCycles(SHRINKS).forAll(insertions(), levels()).checkAssert((insertion, level) -> {
      List<byte[]> frames = new ArrayList<>(FRAMES.subList(0, insertion.distinct()));
      frames.add(insertion.position(), frames.get(insertion.source()));
      int original = insertion.position() <= insertion.source() ? insertion.source() + 1 : insertion.source();
      Finding finding = Capture.of(frames).detect(level);
      assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(finding.reason().code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
      assertThat(finding.reason().message()).contains("frames " + Math.min(original, insertion.position()) + ", "
          + Math.max(original, insertion.position()) + " have identical encoded bytes");
    });
  }

  @Test
  void anyNonIncreasingOrderOfCaptureTimesFails() {
    qt().withExamples(60).withShrinkCycles(SHRINKS).forAll(disorderedPermutations(), levels())
        .checkAssert((permutation, level) -> {
          Capture capture = Capture.of(FRAMES.subList(0, permutation.size()));
          List<Instant> times = permutation.stream().map(capture.times()::get).toList();
          Finding finding = capture.withTimes(times).detect(level);
          assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
          assertThat(finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
          assertThat(finding.reason().message()).contains("capture times do not increase strictly");
        });
  }

  private static Gen<Integer> captureSizes() {
    return integers().between(1, POOL);
  }

  private static Gen<List<Integer>> intervalsMs() {
    return lists().of(integers().between(5, 2000)).ofSize(POOL);
  }

  private static Gen<Level> levels() {
    return arbitrary().pick(Level.LOOSE, Level.STANDARD, Level.STRICT);
  }

  private static Gen<Insertion> insertions() {
    return integers().between(1, POOL - 1).flatMap(n -> in -> new Insertion(n,
        integers().between(0, n - 1).generate(in), integers().between(0, n).generate(in)));
  }

  /** Permutations of 2..POOL frame indexes other than the identity. */
  private static Gen<List<Integer>> disorderedPermutations() {
    return integers().between(2, POOL).flatMap(AntiInjectionProperties::shuffled)
        .assuming(p -> !p.equals(IntStream.range(0, p.size()).boxed().toList()));
  }

  /** A uniformly random order of 0..n-1: a Fisher-Yates shuffle drawn from the theory's randomness. */
  private static Gen<List<Integer>> shuffled(int n) {
    return in -> {
      List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
      for (int i = n - 1; i > 0; i--) {
        Collections.swap(order, i, integers().between(0, i).generate(in));
      }
      return order;
    };
  }
}
