package org.kyc4j.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Key;

/**
 * One detector's view of the board, enforcing the keys it declared. Writable during detect, read-only
 * for afterDecision; closed once the call it serves is over (a timed-out detector can no longer write).
 */
final class BoardContext implements DetectionContext {
  private final Board board;
  private final InstalledDetector detector;
  private final VerificationRequest request;
  private final Clock clock;
  private final boolean writable;
  private boolean closed;

  BoardContext(Board board, InstalledDetector detector, VerificationRequest request, Clock clock, boolean writable) {
    this.board = board;
    this.detector = detector;
    this.request = request;
    this.clock = clock;
    this.writable = writable;
  }

  @Override
  public <T> T get(Key<T> key) {
    Objects.requireNonNull(key, "key");
    if (!detector.requires().contains(key)) {
      throw new IllegalStateException("detector '" + detector.id() + "' reads key '" + key
          + "', which it does not require; requires: " + detector.requires());
    }
    return board.find(key).orElseThrow(() -> new IllegalStateException("key '" + key + "' is absent"));
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    Objects.requireNonNull(key, "key");
    if (!detector.reads(key) && !detector.provides().contains(key)) {
      throw new IllegalStateException("detector '" + detector.id() + "' looks up key '" + key
          + "', which it neither requires, uses nor provides; requires: " + detector.requires() + ", uses: "
          + detector.uses() + ", provides: " + detector.provides());
    }
    return board.find(key);
  }

  @Override
  public synchronized <T> void put(Key<T> key, T value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!detector.provides().contains(key)) {
      throw new IllegalStateException("detector '" + detector.id() + "' writes key '" + key
          + "', which it does not provide; provides: " + detector.provides());
    }
    if (!writable || closed) {
      throw new IllegalStateException("detector '" + detector.id() + "' writes key '" + key
          + "' outside its detect call; the board is closed to it");
    }
    for (Key<?> declared : detector.provides()) {
      if (declared.equals(key)) {
        declared.cast(value);
      }
    }
    if (!board.putOnce(key, value)) {
      throw new IllegalStateException("detector '" + detector.id() + "' writes key '" + key + "' twice");
    }
  }

  @Override
  public VerificationRequest request() {
    return request;
  }

  @Override
  public Level level() {
    return request.config().level(detector.check());
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  /** Refuses every later write. */
  synchronized void close() {
    closed = true;
  }
}
