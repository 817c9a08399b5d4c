package org.kyc4j.liveness;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.Level;

/**
 * What one level of the anti-injection check allows. The fine-grain floor is the published
 * {@link org.kyc4j.spi.ThresholdTable}; the other limits are listed in every finding's evidence.
 *
 * @param minFineGrainShare the capture is synthetic when every frame's fine-grain share is below this
 * @param minChangedShare two frames are near-identical when fewer pixels than this share changed
 * @param maxHashDistance near-identity is only tested between frames whose perceptual hashes differ in
 *     at most this many of 64 bits
 * @param maxClockSkew how far after the request time a frame may be stamped
 * @param maxSpan the longest allowed time from the first to the last frame
 * @param maxAge the longest allowed time from the first frame to the request time
 * @param maxFramesPerSecond the highest allowed mean frame rate
 */
record InjectionLimits(double minFineGrainShare, double minChangedShare, int maxHashDistance,
    Duration maxClockSkew, Duration maxSpan, Duration maxAge, double maxFramesPerSecond) {

  private static final Map<Level, InjectionLimits> BY_LEVEL = table();

  /** Validates every component. */
  InjectionLimits {
    share(minFineGrainShare, "minFineGrainShare");
    share(minChangedShare, "minChangedShare");
    if (maxHashDistance < 0 || maxHashDistance > 64) {
      throw new IllegalArgumentException("maxHashDistance is " + maxHashDistance + "; allowed: 0..64");
    }
    positive(maxClockSkew, "maxClockSkew", true);
    positive(maxSpan, "maxSpan", false);
    positive(maxAge, "maxAge", false);
    if (maxAge.compareTo(maxSpan) < 0) {
      throw new IllegalArgumentException("maxAge " + maxAge + " is shorter than maxSpan " + maxSpan
          + "; allowed: maxAge >= maxSpan");
    }
    if (!(maxFramesPerSecond > 0) || Double.isInfinite(maxFramesPerSecond)) {
      throw new IllegalArgumentException("maxFramesPerSecond is " + maxFramesPerSecond
          + "; allowed: a finite number above 0");
    }
  }

  /**
   * Returns the limits of a running level.
   *
   * @throws IllegalArgumentException for {@link Level#CLOSED}, under which the check does not run
   */
  static InjectionLimits at(Level level) {
    Objects.requireNonNull(level, "level");
    InjectionLimits limits = BY_LEVEL.get(level);
    if (limits == null) {
      throw new IllegalArgumentException("level " + level + " does not run the anti-injection check");
    }
    return limits;
  }

  /** Returns the limits in one line, for evidence. */
  String describe() {
    return String.format(Locale.ROOT, "fineGrainShare>=%.3f, changedShare>=%.3f when hashDistance<=%d, "
        + "clockSkew<=%dms, span<=%dms, age<=%dms, rate<=%.0ffps", minFineGrainShare, minChangedShare,
        maxHashDistance, maxClockSkew.toMillis(), maxSpan.toMillis(), maxAge.toMillis(), maxFramesPerSecond);
  }

  private static Map<Level, InjectionLimits> table() {
    Map<Level, InjectionLimits> table = new EnumMap<>(Level.class);
    table.put(Level.LOOSE, new InjectionLimits(0.05, 0.005, 6, Duration.ofSeconds(30), Duration.ofSeconds(120),
        Duration.ofMinutes(30), 240));
    table.put(Level.STANDARD, new InjectionLimits(0.08, 0.02, 6, Duration.ofSeconds(5), Duration.ofSeconds(60),
        Duration.ofMinutes(10), 240));
    table.put(Level.STRICT, new InjectionLimits(0.10, 0.05, 6, Duration.ofSeconds(1), Duration.ofSeconds(30),
        Duration.ofMinutes(3), 240));
    return table;
  }

  private static void share(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " is " + value + "; allowed: 0..1");
    }
  }

  private static void positive(Duration value, String field, boolean zeroAllowed) {
    Objects.requireNonNull(value, field);
    if (value.isNegative() || (!zeroAllowed && value.isZero())) {
      throw new IllegalArgumentException(field + " is " + value + "; allowed: " + (zeroAllowed ? ">= 0" : "> 0"));
    }
  }
}
