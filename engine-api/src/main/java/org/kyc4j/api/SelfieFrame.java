package org.kyc4j.api;

import java.time.Instant;
import java.util.Arrays;

/**
 * One frame of the selfie capture, as encoded bytes (JPEG, PNG or WebP) with its capture time.
 * The bytes are copied on the way in and out, so an instance is immutable and thread-safe.
 *
 * @param bytes the encoded image, not empty
 * @param capturedAt when the client captured it; frames of one request are in capture order
 */
public record SelfieFrame(byte[] bytes, Instant capturedAt) {
  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public SelfieFrame {
    bytes = Checks.bytes(bytes, "frame.bytes");
    Checks.nonNull(capturedAt, "frame.capturedAt");
  }

  /** Returns a copy of the encoded bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Returns the number of encoded bytes without copying them. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelfieFrame other && capturedAt.equals(other.capturedAt) && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * capturedAt.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SelfieFrame[bytes=" + bytes.length + ", capturedAt=" + capturedAt + "]";
  }
}
