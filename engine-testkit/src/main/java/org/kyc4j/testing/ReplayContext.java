package org.kyc4j.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;

/** Replays the inputs of one observed detect call, enforcing declared keys as the engine does. */
final class ReplayContext implements DetectionContext {
  private final Observation observation;
  private final Set<Key<?>> requires;
  private final Set<Key<?>> reads;
  private final Set<Key<?>> provides;
  private final Map<Key<?>, Object> written = new ConcurrentHashMap<>();

  ReplayContext(Observation observation, Detector detector) {
    this.observation = observation;
    Set<Key<?>> reads = new java.util.HashSet<>(detector.requires());
    reads.addAll(detector.uses());
    this.requires = detector.requires();
    this.reads = Set.copyOf(reads);
    this.provides = detector.provides();
  }

  @Override
  public <T> T get(Key<T> key) {
    if (!requires.contains(key)) {
      throw new IllegalStateException("key '" + key + "' is not required");
    }
    return find(key).orElseThrow(() -> new IllegalStateException("key '" + key + "' is absent"));
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    if (reads.contains(key)) {
      return Optional.ofNullable(observation.inputs().get(key)).map(key::cast);
    }
    if (provides.contains(key)) {
      return Optional.ofNullable(written.get(key)).map(key::cast);
    }
    throw new IllegalStateException("key '" + key + "' is neither required, used nor provided");
  }

  @Override
  public <T> void put(Key<T> key, T value) {
    Objects.requireNonNull(value, "value");
    if (!provides.contains(key)) {
      throw new IllegalStateException("key '" + key + "' is not provided");
    }
    if (written.putIfAbsent(key, key.cast(value)) != null) {
      throw new IllegalStateException("key '" + key + "' is written twice");
    }
  }

  @Override
  public VerificationRequest request() {
    return observation.request();
  }

  @Override
  public Level level() {
    return observation.level();
  }

  @Override
  public Instant now() {
    return observation.now();
  }
}
