package org.kyc4j.liveness;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * A map-backed {@link DetectionContext} for unit tests: holds the engine's inputs (request, config,
 * decoded images), enforces the detector's declared keys like the engine does, and records which
 * keys were read and written. Not thread-safe; one per detection.
 */
final class MapDetectionContext implements DetectionContext {
  private final Detector detector;
  private final VerificationRequest request;
  private final Level level;
  private final Instant now;
  private final Map<Key<?>, Object> board = new HashMap<>();
  private final Set<Key<?>> read = new LinkedHashSet<>();
  private final Set<Key<?>> written = new LinkedHashSet<>();

  MapDetectionContext(Detector detector, VerificationRequest request, List<RgbImage> frames, Level level,
      Instant now) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.request = Objects.requireNonNull(request, "request");
    this.level = Objects.requireNonNull(level, "level");
    this.now = Objects.requireNonNull(now, "now");
    board.put(Keys.REQUEST, request);
    board.put(Keys.CONFIG, request.config());
    board.put(Keys.IMAGES, new DecodedImages(Map.<Page, RgbImage>of(), frames));
  }

  @Override
  public <T> T get(Key<T> key) {
    if (!detector.requires().contains(key)) {
      throw new IllegalStateException("key " + key + " is not required by " + detector.id());
    }
    Object value = board.get(key);
    if (value == null) {
      throw new IllegalStateException("key " + key + " is absent");
    }
    read.add(key);
    return key.cast(value);
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    if (!detector.requires().contains(key) && !detector.provides().contains(key)) {
      throw new IllegalStateException("key " + key + " is not declared by " + detector.id());
    }
    read.add(key);
    return Optional.ofNullable(board.get(key)).map(key::cast);
  }

  @Override
  public <T> void put(Key<T> key, T value) {
    Objects.requireNonNull(value, "value");
    if (!detector.provides().contains(key) || !written.add(key)) {
      throw new IllegalStateException("key " + key + " is not provided by " + detector.id() + " or was written");
    }
    board.put(key, value);
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

  /** Returns the keys read so far. */
  Set<Key<?>> read() {
    return Set.copyOf(read);
  }

  /** Returns the keys written so far. */
  Set<Key<?>> written() {
    return Set.copyOf(written);
  }
}
