package org.kyc4j.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * A map-backed {@link DetectionContext} for calling one detector directly in a unit test. It holds
 * the request and its config, whatever inputs the test puts with {@link #with}, and enforces the
 * detector's declared keys as the engine does: {@code get} only of required keys, {@code find}
 * of required, used or provided keys, {@code put} only of provided keys, each once. It records
 * which keys were read and written. Not thread-safe; one per detection.
 */
public final class MapDetectionContext implements DetectionContext {
  private final Detector detector;
  private final VerificationRequest request;
  private final Level level;
  private final Instant now;
  private final Map<Key<?>, Object> inputs = new HashMap<>();
  private final Map<Key<?>, Object> written = new HashMap<>();
  private final Set<Key<?>> read = new LinkedHashSet<>();

  /** Creates a context at {@code level} whose clock reads {@code now}, holding the request and its config. */
  public MapDetectionContext(Detector detector, VerificationRequest request, Level level, Instant now) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.request = Objects.requireNonNull(request, "request");
    this.level = Objects.requireNonNull(level, "level");
    this.now = Objects.requireNonNull(now, "now");
    inputs.put(Keys.REQUEST, request);
    inputs.put(Keys.CONFIG, request.config());
  }

  /** Returns a context at STANDARD whose clock reads the request time. */
  public static MapDetectionContext of(Detector detector, VerificationRequest request) {
    return new MapDetectionContext(detector, request, Level.STANDARD, request.requestedAt());
  }

  /** Puts an input on the board, as the engine or an upstream detector would. */
  public <T> MapDetectionContext with(Key<T> key, T value) {
    inputs.put(key, key.cast(value));
    return this;
  }

  /** Returns what the detector wrote under a key, if anything. */
  public <T> Optional<T> written(Key<T> key) {
    return Optional.ofNullable(written.get(key)).map(key::cast);
  }

  /** Returns every key the detector wrote, with its value. */
  public Map<Key<?>, Object> writes() {
    return Map.copyOf(written);
  }

  /** Returns the keys the detector read. */
  public Set<Key<?>> read() {
    return Set.copyOf(read);
  }

  @Override
  public <T> T get(Key<T> key) {
    if (!detector.requires().contains(key)) {
      throw new IllegalStateException(detector.id() + " reads key " + key + " without requiring it");
    }
    return find(key).orElseThrow(() -> new IllegalStateException("key " + key + " is absent"));
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    if (!detector.requires().contains(key) && !detector.uses().contains(key) && !detector.provides().contains(key)) {
      throw new IllegalStateException(detector.id() + " looks up undeclared key " + key);
    }
    read.add(key);
    Object value = written.containsKey(key) ? written.get(key) : inputs.get(key);
    return Optional.ofNullable(value).map(key::cast);
  }

  @Override
  public <T> void put(Key<T> key, T value) {
    Objects.requireNonNull(value, "value");
    if (!detector.provides().contains(key)) {
      throw new IllegalStateException(detector.id() + " writes key " + key + " without providing it");
    }
    if (written.putIfAbsent(key, key.cast(value)) != null) {
      throw new IllegalStateException(detector.id() + " writes key " + key + " twice");
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
