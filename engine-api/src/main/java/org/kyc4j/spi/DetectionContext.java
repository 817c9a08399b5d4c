package org.kyc4j.spi;

import java.time.Instant;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.VerificationRequest;

/**
 * A detector's view of one verification's evidence board. Confined to one {@link Detector#detect}
 * call (or one {@link Detector#afterDecision} call); not to be kept.
 */
public interface DetectionContext {
  /**
   * Returns the value of a key the detector requires.
   *
   * @throws IllegalStateException if the key is not among the detector's required keys or is absent
   */
  <T> T get(Key<T> key);

  /**
   * Returns the value of a required, used or provided key if present.
   *
   * @throws IllegalStateException if the key is not declared by the detector
   */
  <T> Optional<T> find(Key<T> key);

  /**
   * Puts a value under a key the detector provides; each key is written at most once.
   *
   * @throws IllegalStateException if the key is not among the detector's provided keys or was written
   * @throws NullPointerException if the value is null
   */
  <T> void put(Key<T> key, T value);

  /** Returns the request being verified. */
  VerificationRequest request();

  /** Returns the request's configuration. */
  default ProductConfig config() {
    return request().config();
  }

  /** Returns the level that governs this detector in this request (never CLOSED: CLOSED skips it). */
  Level level();

  /** Returns the engine clock's current instant. */
  Instant now();
}
