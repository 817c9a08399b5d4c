package org.kyc4j.liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;

/**
 * Flags frames that do not form one continuous capture: a resolution that changes mid-capture, and
 * capture times that do not increase strictly, lie after the request time beyond the clock skew,
 * span too long, began too long before the request (an old capture replayed), or imply a frame rate
 * no camera delivers. Real cameras deliver regular intervals, so regularity itself is not flagged.
 * Stateless.
 */
final class ConsistencyCheck {
  private ConsistencyCheck() {}

  /** Judges the frames' sizes and capture times against the request time. */
  static void judge(FrameScan scan, List<SelfieFrame> frames, Instant requestedAt, InjectionLimits limits,
      Judgement judgement) {
    resolution(scan.signatures(), judgement);
    Instant[] times = frames.stream().map(SelfieFrame::capturedAt).toArray(Instant[]::new);
    Instant first = Arrays.stream(times).min(Instant::compareTo).orElseThrow();
    Instant last = Arrays.stream(times).max(Instant::compareTo).orElseThrow();
    judgement.evidence("timestamps.ageMs", millis(Duration.between(first, requestedAt)));
    judgement.evidence("timestamps.lastAfterRequestMs", millis(Duration.between(requestedAt, last)));
    afterRequest(times, requestedAt, limits, judgement);
    if (Duration.between(first, requestedAt).compareTo(limits.maxAge()) > 0) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, "the capture began " + millis(Duration.between(first,
          requestedAt)) + " ms before the request, more than the allowed " + millis(limits.maxAge())
          + " ms (an old capture replayed?)");
    }
    if (times.length < 2) {
      judgement.evidence("timestamps.intervals", "not judged: a single frame has no intervals");
      return;
    }
    increasing(times, judgement);
    Duration span = Duration.between(first, last);
    judgement.evidence("timestamps.spanMs", millis(span));
    if (span.compareTo(limits.maxSpan()) > 0) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, "the capture spans " + millis(span)
          + " ms, more than the allowed " + millis(limits.maxSpan()) + " ms");
    }
    rate(times.length, span, limits, judgement);
  }

  private static void resolution(List<FrameSignature> frames, Judgement judgement) {
    List<String> changes = new ArrayList<>();
    for (int i = 1; i < frames.size(); i++) {
      if (!frames.get(i).sameSize(frames.get(i - 1))) {
        changes.add("frame " + i + " is " + frames.get(i).size() + " after frame " + (i - 1) + " at "
            + frames.get(i - 1).size());
      }
    }
    judgement.evidence("resolution", changes.isEmpty() ? frames.get(0).size()
        : String.join(",", frames.stream().map(FrameSignature::size).toList()));
    if (!changes.isEmpty()) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, "the resolution changes mid-capture: "
          + Judgement.named(changes));
    }
  }

  private static void afterRequest(Instant[] times, Instant requestedAt, InjectionLimits limits,
      Judgement judgement) {
    Instant latestAllowed = requestedAt.plus(limits.maxClockSkew());
    List<String> late = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      if (times[i].isAfter(latestAllowed)) {
        late.add("frame " + i + " by " + millis(Duration.between(requestedAt, times[i])) + " ms");
      }
    }
    if (!late.isEmpty()) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, "frames are stamped after the request time beyond the "
          + "allowed clock skew of " + millis(limits.maxClockSkew()) + " ms: " + Judgement.named(late));
    }
  }

  private static void increasing(Instant[] times, Judgement judgement) {
    List<String> intervals = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (int i = 1; i < times.length; i++) {
      Duration interval = Duration.between(times[i - 1], times[i]);
      intervals.add(millis(interval));
      if (!interval.isNegative() && !interval.isZero()) {
        continue;
      }
      bad.add("frame " + i + " is " + millis(interval) + " ms after frame " + (i - 1));
    }
    judgement.evidence("timestamps.intervalsMs", Judgement.named(intervals));
    if (!bad.isEmpty()) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, "capture times do not increase strictly: "
          + Judgement.named(bad));
    }
  }

  private static void rate(int frames, Duration span, InjectionLimits limits, Judgement judgement) {
    if (span.isZero()) {
      judgement.evidence("timestamps.rateFps", "n/a (zero span)");
      return;
    }
    double fps = (frames - 1) / seconds(span);
    judgement.evidence("timestamps.rateFps", String.format(Locale.ROOT, "%.1f", fps));
    if (fps > limits.maxFramesPerSecond()) {
      judgement.problem(ReasonCode.FRAMES_INCONSISTENT, String.format(Locale.ROOT,
          "the mean frame rate is %.1f fps over %d frames; no camera delivers more than %.0f fps", fps, frames,
          limits.maxFramesPerSecond()));
    }
  }

  /** Formats a duration in milliseconds with microsecond precision; never overflows. */
  static String millis(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", seconds(duration) * 1000);
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
