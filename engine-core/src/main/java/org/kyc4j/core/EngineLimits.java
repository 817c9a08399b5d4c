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
 * @param challengeTtl how long an issued liveness challenge may be named by a request, by the engine
 *     clock: {@link #MIN_CHALLENGE_TTL} to {@link #MAX_CHALLENGE_TTL}
 * @param maxOpenChallenges how many issued, unused, unexpired challenges the engine remembers, at least 1;
 *     issuing one more forgets the oldest, which then fails as unknown
 */
public record EngineLimits(long maxPixels, int maxEncodedBytes, Duration detectorTimeout,
    int maxTrackedVelocityKeys, Duration challengeTtl, int maxOpenChallenges) {
  /** The shortest challenge lifetime allowed: one second. */
  public static final Duration MIN_CHALLENGE_TTL = Duration.ofSeconds(1);
  /** The longest challenge lifetime allowed: one hour. */
  public static final Duration MAX_CHALLENGE_TTL = Duration.ofHours(1);
  private static final Duration DEFAULT_CHALLENGE_TTL = Duration.ofMinutes(2);
  private static final int DEFAULT_MAX_OPEN_CHALLENGES = 100_000;
  /** 40,000,000 pixels, 30 MiB, 30 seconds, 1,000,000 velocity keys, 2-minute challenges, 100,000 open ones. */
  public static final EngineLimits DEFAULT = new EngineLimits(40_000_000L, 30 * 1024 * 1024,
      Duration.ofSeconds(30), 1_000_000, DEFAULT_CHALLENGE_TTL, DEFAULT_MAX_OPEN_CHALLENGES);

  /**
   * Validates every component.
   *
   * @throws IllegalArgumentException naming the component, its value and what is allowed
   * @throws NullPointerException if {@code detectorTimeout} or {@code challengeTtl} is null
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
    Objects.requireNonNull(challengeTtl, "challengeTtl");
    if (challengeTtl.compareTo(MIN_CHALLENGE_TTL) < 0 || challengeTtl.compareTo(MAX_CHALLENGE_TTL) > 0) {
      throw new IllegalArgumentException("challengeTtl is " + challengeTtl + "; allowed: " + MIN_CHALLENGE_TTL
          + " to " + MAX_CHALLENGE_TTL);
    }
    if (maxOpenChallenges < 1) {
      throw new IllegalArgumentException("maxOpenChallenges is " + maxOpenChallenges + "; allowed: at least 1");
    }
  }

  /** The limits with the default challenge lifetime and bound ({@link #DEFAULT}'s). */
  public EngineLimits(long maxPixels, int maxEncodedBytes, Duration detectorTimeout, int maxTrackedVelocityKeys) {
    this(maxPixels, maxEncodedBytes, detectorTimeout, maxTrackedVelocityKeys, DEFAULT_CHALLENGE_TTL,
        DEFAULT_MAX_OPEN_CHALLENGES);
  }

  /** Returns these limits with another challenge lifetime and bound of open challenges. */
  public EngineLimits withChallenges(Duration challengeTtl, int maxOpenChallenges) {
    return new EngineLimits(maxPixels, maxEncodedBytes, detectorTimeout, maxTrackedVelocityKeys, challengeTtl,
        maxOpenChallenges);
  }
}
