package org.kyc4j.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds an engine enforces on every verification. Immutable and thread-safe.
 *
 * @param maxPixels the most pixels (width times height) one decoded image may have, at least 1
 * @param maxEncodedBytes the most bytes one encoded image may have, at least 1; a larger image is a
 *     FAILURE with DOC_IMAGE_INVALID or FACE_IMAGE_INVALID, not an exception
 * @param detectorTimeout how long one detector may run before its finding becomes an ERROR, positive
 * @param maxTrackedVelocityKeys how many user, device and ID-number keys velocity control tracks, at least 1
 */
public record EngineLimits(long maxPixels, int maxEncodedBytes, Duration detectorTimeout,
    int maxTrackedVelocityKeys) {
  /** 40,000,000 pixels, 30 MiB, 30 seconds, 1,000,000 velocity keys. */
  public static final EngineLimits DEFAULT = new EngineLimits(40_000_000L, 30 * 1024 * 1024,
      Duration.ofSeconds(30), 1_000_000);

  /**
   * Validates every component.
   *
   * @throws IllegalArgumentException naming the component, its value and what is allowed
   * @throws NullPointerException if {@code detectorTimeout} is null
   */
  public EngineLimits {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels is " + maxPixels + "; allowed: at least 1");
    }
    if (maxEncodedBytes < 1) {
      throw new IllegalArgumentException("maxEncodedBytes is " + maxEncodedBytes + "; allowed: at least 1");
    }
    Objects.requireNonNull(detectorTimeout, "detectorTimeout");
    if (detectorTimeout.isNegative() || detectorTimeout.isZero()) {
      throw new IllegalArgumentException("detectorTimeout is " + detectorTimeout + "; allowed: a positive duration");
    }
    if (maxTrackedVelocityKeys < 1) {
      throw new IllegalArgumentException("maxTrackedVelocityKeys is " + maxTrackedVelocityKeys
          + "; allowed: at least 1");
    }
  }
}
