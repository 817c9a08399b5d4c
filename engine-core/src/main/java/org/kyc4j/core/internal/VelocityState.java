package org.kyc4j.core.internal;

import java.time.Instant;
import java.util.Arrays;
import org.kyc4j.api.VelocityRule;

/**
 * The immutable velocity state of one key: the most recent attack attempts (at most the rule's
 * maxAttempts, oldest first, as epoch nanoseconds) and the refusal in force, if any.
 */
final class VelocityState {
  private static final long NOT_REFUSED = Long.MIN_VALUE;

  private final long[] attempts;
  private final long refusedUntil;
  private final int refusalAttempts;
  private final long windowNanos;

  private VelocityState(long[] attempts, long refusedUntil, int refusalAttempts, long windowNanos) {
    this.attempts = attempts;
    this.refusedUntil = refusedUntil;
    this.refusalAttempts = refusalAttempts;
    this.windowNanos = windowNanos;
  }

  /**
   * Returns the state after one more attempt at {@code now}: attempts outside the window are
   * dropped, and reaching the limit starts (or extends) a refusal until now plus the cooldown.
   */
  static VelocityState record(VelocityState old, long now, VelocityRule rule) {
    long window = rule.window().toNanos();
    long[] previous = old == null ? new long[0] : old.attempts;
    int from = 0;
    while (from < previous.length && now - previous[from] >= window) {
      from++;
    }
    int kept = Math.min(previous.length - from, rule.maxAttempts() - 1);
    long[] next = new long[kept + 1];
    System.arraycopy(previous, previous.length - kept, next, 0, kept);
    next[kept] = now;
    long until = old == null ? NOT_REFUSED : old.refusedUntil;
    int refusedWith = old == null ? 0 : old.refusalAttempts;
    if (next.length >= rule.maxAttempts()) {
      until = Math.max(until, Math.addExact(now, rule.cooldown().toNanos()));
      refusedWith = next.length;
    }
    return new VelocityState(next, until, refusedWith, window);
  }

  /** Returns whether a refusal is in force at {@code now}; it ends exactly at its until instant. */
  boolean refusedAt(long now) {
    return refusedUntil != NOT_REFUSED && now < refusedUntil;
  }

  long refusedUntil() {
    return refusedUntil;
  }

  int refusalAttempts() {
    return refusalAttempts;
  }

  /** Returns how long after {@code now} the state still matters: its window or its remaining cooldown. */
  long retainNanos(long now) {
    long cooldownLeft = refusedUntil == NOT_REFUSED ? 0 : refusedUntil - now;
    return Math.max(1, Math.max(windowNanos, cooldownLeft));
  }

  static Instant toInstant(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  @Override
  public String toString() {
    return "VelocityState[attempts=" + Arrays.toString(attempts) + ", refusedUntil=" + refusedUntil + "]";
  }
}
