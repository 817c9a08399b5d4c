package org.kyc4j.core;

import java.time.Duration;
import java.util.Objects;
import org.kyc4j.api.VerificationRequest;

/**
 * The bounds an engine enforces on every verification. Exceeding an image bound is a FAILURE with
 * DOC_IMAGE_INVALID or FACE_IMAGE_INVALID naming the image, the value and the limit, never an
 * exception; the request bounds are checked from the image headers before any pixel is decoded.
 * Immutable and thread-safe; {@link #builder()} changes a few bounds and keeps the others.
 *
 * @param maxPixels the most pixels (width times height) one decoded image may have, at least 1
 * @param maxEncodedBytes the most bytes one encoded image may have, at least 1
 * @param detectorTimeout how long one detector may run before its finding becomes an ERROR, positive
 * @param maxTrackedVelocityKeys how many user, device and ID-number keys velocity control tracks, at least 1
 * @param challengeTtl how long an issued liveness challenge may be named by a request, by the engine
 *     clock: {@link #MIN_CHALLENGE_TTL} to {@link #MAX_CHALLENGE_TTL}
 * @param maxOpenChallenges how many issued, unused, unexpired challenges the engine remembers, at least 1;
 *     issuing one more forgets the oldest, which then fails as unknown
 * @param maxRequestPixels the most pixels all images of one request may declare together, at least 1
 * @param maxFrames the most selfie frames one request may carry: 1 to {@link VerificationRequest#MAX_FRAMES}
 * @param maxJpegScans the most scans one JPEG may have, at least 1 (progressive encoders write about ten)
 * @param maxJpegScanPixels the most pixels times scans one JPEG may declare, at least 1: the cost of
 *     progressive decoding grows with both
 * @param decodeTimeout how long decoding all images of one request may take, positive; checked as the
 *     decoder reads its input and reports progress, so it stops a decode within one input chunk or row
 */
public record EngineLimits(long maxPixels, int maxEncodedBytes, Duration detectorTimeout,
    int maxTrackedVelocityKeys, Duration challengeTtl, int maxOpenChallenges, long maxRequestPixels,
    int maxFrames, int maxJpegScans, long maxJpegScanPixels, Duration decodeTimeout) {
  /** The shortest challenge lifetime allowed: one second. */
  public static final Duration MIN_CHALLENGE_TTL = Duration.ofSeconds(1);
  /** The longest challenge lifetime allowed: one hour. */
  public static final Duration MAX_CHALLENGE_TTL = Duration.ofHours(1);

  /**
   * 40,000,000 pixels and 30 MiB an image, 30 s a detector, 1,000,000 velocity keys, 2-minute challenges
   * and 100,000 open ones; 100,000,000 pixels and 64 frames a request, 64 scans and 500,000,000 pixel-scans
   * a JPEG, 15 s to decode a request.
   */
  public static final EngineLimits DEFAULT = new EngineLimits(40_000_000L, 30 * 1024 * 1024,
      Duration.ofSeconds(30), 1_000_000, Duration.ofMinutes(2), 100_000, 100_000_000L,
      VerificationRequest.MAX_FRAMES, 64, 500_000_000L, Duration.ofSeconds(15));

  /**
   * Validates every component.
   *
   * @throws IllegalArgumentException naming the component, its value and what is allowed
   * @throws NullPointerException if a duration is null
   */
  public EngineLimits {
    atLeastOne("maxPixels", maxPixels);
    atLeastOne("maxEncodedBytes", maxEncodedBytes);
    positive("detectorTimeout", detectorTimeout);
    atLeastOne("maxTrackedVelocityKeys", maxTrackedVelocityKeys);
    Objects.requireNonNull(challengeTtl, "challengeTtl");
    if (challengeTtl.compareTo(MIN_CHALLENGE_TTL) < 0 || challengeTtl.compareTo(MAX_CHALLENGE_TTL) > 0) {
      throw new IllegalArgumentException("challengeTtl is " + challengeTtl + "; allowed: " + MIN_CHALLENGE_TTL
          + " to " + MAX_CHALLENGE_TTL);
    }
    atLeastOne("maxOpenChallenges", maxOpenChallenges);
    atLeastOne("maxRequestPixels", maxRequestPixels);
    if (maxFrames < 1 || maxFrames > VerificationRequest.MAX_FRAMES) {
      throw new IllegalArgumentException("maxFrames is " + maxFrames + "; allowed: 1 to "
          + VerificationRequest.MAX_FRAMES);
    }
    atLeastOne("maxJpegScans", maxJpegScans);
    atLeastOne("maxJpegScanPixels", maxJpegScanPixels);
    positive("decodeTimeout", decodeTimeout);
  }

  /** The default limits with these image, detector and velocity bounds. */
  public EngineLimits(long maxPixels, int maxEncodedBytes, Duration detectorTimeout, int maxTrackedVelocityKeys) {
    this(maxPixels, maxEncodedBytes, detectorTimeout, maxTrackedVelocityKeys, DEFAULT.challengeTtl,
        DEFAULT.maxOpenChallenges, DEFAULT.maxRequestPixels, DEFAULT.maxFrames, DEFAULT.maxJpegScans,
        DEFAULT.maxJpegScanPixels, DEFAULT.decodeTimeout);
  }

  /** Returns a builder holding {@link #DEFAULT}'s bounds. */
  public static Builder builder() {
    return DEFAULT.toBuilder();
  }

  /** Returns a builder holding these bounds. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns these limits with another challenge lifetime and bound of open challenges. */
  public EngineLimits withChallenges(Duration challengeTtl, int maxOpenChallenges) {
    return toBuilder().challengeTtl(challengeTtl).maxOpenChallenges(maxOpenChallenges).build();
  }

  private static void atLeastOne(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + "; allowed: at least 1");
    }
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " is " + value + "; allowed: a positive duration");
    }
  }

  /** A mutable builder of {@link EngineLimits}; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private long maxPixels;
    private int maxEncodedBytes;
    private Duration detectorTimeout;
    private int maxTrackedVelocityKeys;
    private Duration challengeTtl;
    private int maxOpenChallenges;
    private long maxRequestPixels;
    private int maxFrames;
    private int maxJpegScans;
    private long maxJpegScanPixels;
    private Duration decodeTimeout;

    private Builder(EngineLimits from) {
      maxPixels = from.maxPixels;
      maxEncodedBytes = from.maxEncodedBytes;
      detectorTimeout = from.detectorTimeout;
      maxTrackedVelocityKeys = from.maxTrackedVelocityKeys;
      challengeTtl = from.challengeTtl;
      maxOpenChallenges = from.maxOpenChallenges;
      maxRequestPixels = from.maxRequestPixels;
      maxFrames = from.maxFrames;
      maxJpegScans = from.maxJpegScans;
      maxJpegScanPixels = from.maxJpegScanPixels;
      decodeTimeout = from.decodeTimeout;
    }

    /** See {@link EngineLimits#maxPixels()}. */
    public Builder maxPixels(long value) {
      maxPixels = value;
      return this;
    }

    /** See {@link EngineLimits#maxEncodedBytes()}. */
    public Builder maxEncodedBytes(int value) {
      maxEncodedBytes = value;
      return this;
    }

    /** See {@link EngineLimits#detectorTimeout()}. */
    public Builder detectorTimeout(Duration value) {
      detectorTimeout = value;
      return this;
    }

    /** See {@link EngineLimits#maxTrackedVelocityKeys()}. */
    public Builder maxTrackedVelocityKeys(int value) {
      maxTrackedVelocityKeys = value;
      return this;
    }

    /** See {@link EngineLimits#challengeTtl()}. */
    public Builder challengeTtl(Duration value) {
      challengeTtl = value;
      return this;
    }

    /** See {@link EngineLimits#maxOpenChallenges()}. */
    public Builder maxOpenChallenges(int value) {
      maxOpenChallenges = value;
      return this;
    }

    /** See {@link EngineLimits#maxRequestPixels()}. */
    public Builder maxRequestPixels(long value) {
      maxRequestPixels = value;
      return this;
    }

    /** See {@link EngineLimits#maxFrames()}. */
    public Builder maxFrames(int value) {
      maxFrames = value;
      return this;
    }

    /** See {@link EngineLimits#maxJpegScans()}. */
    public Builder maxJpegScans(int value) {
      maxJpegScans = value;
      return this;
    }

    /** See {@link EngineLimits#maxJpegScanPixels()}. */
    public Builder maxJpegScanPixels(long value) {
      maxJpegScanPixels = value;
      return this;
    }

    /** See {@link EngineLimits#decodeTimeout()}. */
    public Builder decodeTimeout(Duration value) {
      decodeTimeout = value;
      return this;
    }

    /**
     * Returns the limits.
     *
     * @throws IllegalArgumentException naming the first bound out of range, its value and what is allowed
     * @throws NullPointerException naming a duration that is null
     */
    public EngineLimits build() {
      return new EngineLimits(maxPixels, maxEncodedBytes, detectorTimeout, maxTrackedVelocityKeys, challengeTtl,
          maxOpenChallenges, maxRequestPixels, maxFrames, maxJpegScans, maxJpegScanPixels, decodeTimeout);
    }
  }
}
