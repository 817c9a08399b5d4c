package org.kyc4j.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VelocityRule;

/**
 * Counts failed attack attempts per user id, ID number and device id in a sliding window and
 * refuses a key for a cooldown once it reaches the rule's limit. Backed by two bounded Caffeine
 * caches whose time comes from the injected clock: the keys being counted, and apart from them the
 * keys refused, so that keys merely counted (an attacker rotating device ids) cannot push a refusal
 * out before its cooldown ends; the refused keys are bounded by the same size, and each of them cost
 * a full window of attack attempts. Thread-safe; arguments must not be null.
 */
public final class VelocityControl {
  private final Clock clock;
  private final Cache<VelocityKey, VelocityState> states;
  private final Cache<VelocityKey, VelocityState> refused;

  /**
   * Creates an empty control.
   *
   * @param clock the source of time for windows, cooldowns and expiry, not null
   * @param maxTrackedKeys how many keys are kept at most (least useful ones are evicted), at least 1
   */
  public VelocityControl(Clock clock, long maxTrackedKeys) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxTrackedKeys < 1) {
      throw new IllegalArgumentException("maxTrackedKeys " + maxTrackedKeys + " must be at least 1");
    }
    this.states = cache(clock, maxTrackedKeys);
    this.refused = cache(clock, maxTrackedKeys);
  }

  private static Cache<VelocityKey, VelocityState> cache(Clock clock, long maximumSize) {
    return Caffeine.newBuilder()
        .ticker(new ClockTicker(clock))
        .executor(Runnable::run)
        .maximumSize(maximumSize)
        .expireAfter(new StateExpiry())
        .build();
  }

  /**
   * Returns the refusal in force for any of the subject's keys (userId, idNumber, deviceId): the one
   * ending latest if several are, empty if none is or the subject has no key. The end of a refusal
   * was fixed by the rule in force when it began.
   */
  public Optional<VelocityRefusal> refusal(Subject subject, VelocityRule rule) {
    Objects.requireNonNull(rule, "rule");
    long now = nanos(clock.instant());
    VelocityRefusal latest = null;
    for (VelocityKey key : keysOf(subject)) {
      VelocityState counted = states.getIfPresent(key);
      VelocityState state = counted != null && counted.refusedAt(now) ? counted : refused.getIfPresent(key);
      if (state != null && state.refusedAt(now)
          && (latest == null || VelocityState.toInstant(state.refusedUntil()).isAfter(latest.until()))) {
        latest = new VelocityRefusal(key.kind(), key.value(), VelocityState.toInstant(state.refusedUntil()),
            state.refusalAttempts());
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Counts one failed attack attempt against each key the subject has; when the attempts in the
   * sliding window reach {@code rule.maxAttempts()} the key is refused until now plus
   * {@code rule.cooldown()}. A subject without any key is not counted.
   */
  public void recordAttack(Subject subject, VelocityRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<VelocityKey> keys = keysOf(subject);
    long now = nanos(clock.instant());
    for (VelocityKey key : keys) {
      VelocityState state = states.asMap().compute(key, (k, old) -> VelocityState.record(old, now, rule));
      if (state.refusedAt(now)) {
        refused.put(key, state);
      }
    }
  }

  /** Returns how many keys are counted after pending evictions ran (refused keys apart); for tests and monitoring. */
  long trackedKeys() {
    states.cleanUp();
    return states.estimatedSize();
  }

  private static List<VelocityKey> keysOf(Subject subject) {
    Objects.requireNonNull(subject, "subject");
    List<VelocityKey> keys = new ArrayList<>(3);
    subject.findUserId().ifPresent(v -> keys.add(new VelocityKey("userId", v)));
    subject.findIdNumber().ifPresent(v -> keys.add(new VelocityKey("idNumber", v)));
    subject.findDeviceId().ifPresent(v -> keys.add(new VelocityKey("deviceId", v)));
    return keys;
  }

  static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  /** One tracked key; the kind keeps a user id and a device id with the same text apart. */
  private record VelocityKey(String kind, String value) {
    /** Masks the value, a user id, ID number or device id, should a cache ever print its key. */
    @Override
    public String toString() {
      return kind + "=" + org.kyc4j.api.Redacted.of(value);
    }
  }

  /** Caffeine's time source, read from the injected clock so expiry follows it. */
  private record ClockTicker(Clock clock) implements Ticker {
    @Override
    public long read() {
      return nanos(clock.instant());
    }
  }

  /** Keeps an entry for the longer of its window and its remaining cooldown after each write. */
  private static final class StateExpiry implements Expiry<VelocityKey, VelocityState> {
    @Override
    public long expireAfterCreate(VelocityKey key, VelocityState value, long currentTime) {
      return value.retainNanos(currentTime);
    }

    @Override
    public long expireAfterUpdate(VelocityKey key, VelocityState value, long currentTime, long currentDuration) {
      return value.retainNanos(currentTime);
    }

    @Override
    public long expireAfterRead(VelocityKey key, VelocityState value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
