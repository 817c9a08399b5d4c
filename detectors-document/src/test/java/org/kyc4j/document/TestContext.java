package org.kyc4j.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;

/**
 * A map-backed {@link DetectionContext} for unit tests that enforces the detector's declared keys
 * the way the engine does: reads only of required (or provided) keys, writes only of provided
 * keys, each at most once. Not thread-safe.
 */
final class TestContext implements DetectionContext {
  private final Detector detector;
  private final VerificationRequest request;
  private final Level level;
  private final Instant now;
  private final Map<Key<?>, Object> board = new HashMap<>();
  private final Map<Key<?>, Object> written = new HashMap<>();

  TestContext(Detector detector, VerificationRequest request, Level level, Instant now) {
    this.detector = Objects.requireNonNull(detector);
    this.request = Objects.requireNonNull(request);
    this.level = Objects.requireNonNull(level);
    this.now = Objects.requireNonNull(now);
  }

  /** Returns a context at STANDARD whose clock reads the request time. */
  static TestContext of(Detector detector, VerificationRequest request) {
    return new TestContext(detector, request, Level.STANDARD, request.requestedAt());
  }

  /** Puts an input on the board, as the engine or an upstream detector would. */
  <T> TestContext with(Key<T> key, T value) {
    board.put(key, key.cast(value));
    return this;
  }

  /** Returns what the detector wrote under a key, if anything. */
  <T> Optional<T> written(Key<T> key) {
    return Optional.ofNullable(written.get(key)).map(key::cast);
  }

  /** Returns every key the detector wrote. */
  Map<Key<?>, Object> writes() {
    return Map.copyOf(written);
  }

  @Override
  public <T> T get(Key<T> key) {
    if (!detector.requires().contains(key)) {
      throw new IllegalStateException(detector.id() + " reads " + key + " without requiring it");
    }
    Object value = board.get(key);
    if (value == null) {
      throw new IllegalStateException("key " + key + " is absent");
    }
    return key.cast(value);
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    if (!detector.requires().contains(key) && !detector.provides().contains(key)) {
      throw new IllegalStateException(detector.id() + " looks up undeclared key " + key);
    }
    Object value = written.containsKey(key) ? written.get(key) : board.get(key);
    return Optional.ofNullable(value).map(key::cast);
  }

  @Override
  public <T> void put(Key<T> key, T value) {
    Objects.requireNonNull(value, "value");
    if (!detector.provides().contains(key)) {
      throw new IllegalStateException(detector.id() + " writes " + key + " without providing it");
    }
    if (written.putIfAbsent(key, key.cast(value)) != null) {
      throw new IllegalStateException(detector.id() + " writes " + key + " twice");
    }
  }

  @Override
  public VerificationRequest request() {
    return request;
  }

  @Override
  public Level level() {
    return level;
  }

  @Override
  public Instant now() {
    return now;
  }
}
