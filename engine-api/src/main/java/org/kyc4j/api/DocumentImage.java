package org.kyc4j.api;

import java.time.Instant;
import java.util.Arrays;

/**
 * One photo of one document page, as encoded bytes (JPEG, PNG or WebP) with its capture time.
 * The bytes are copied on the way in and out, so an instance is immutable and thread-safe.
 *
 * @param page which page the photo shows
 * @param bytes the encoded image, not empty
 * @param capturedAt when the client captured it
 */
public record DocumentImage(Page page, byte[] bytes, Instant capturedAt) {
  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public DocumentImage {
    Checks.nonNull(page, "document.page");
    bytes = Checks.bytes(bytes, "document.bytes");
    Checks.nonNull(capturedAt, "document.capturedAt");
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
    return o instanceof DocumentImage other && page == other.page && capturedAt.equals(other.capturedAt)
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * page.hashCode() + capturedAt.hashCode()) + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "DocumentImage[page=" + page + ", bytes=" + bytes.length + ", capturedAt=" + capturedAt + "]";
  }
}
