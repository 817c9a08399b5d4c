package org.kyc4j.api;

import java.time.Instant;
import java.util.Arrays;

/**
 * One photo of one document page, as encoded bytes (JPEG, PNG or WebP) with how and when it was
 * taken. The bytes are copied on the way in and out, so an instance is immutable and thread-safe.
 *
 * @param page which page the photo shows
 * @param kind how it was taken: {@link PhotoKind#PLAIN}, or the flash or angled second photo of the front
 * @param bytes the encoded image, not empty
 * @param capturedAt when the client captured it
 */
public record DocumentImage(Page page, PhotoKind kind, byte[] bytes, Instant capturedAt) {
  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public DocumentImage {
    Checks.nonNull(page, "document.page");
    Checks.nonNull(kind, "document.kind");
    bytes = Checks.bytes(bytes, "document.bytes");
    Checks.nonNull(capturedAt, "document.capturedAt");
  }

  /** A {@link PhotoKind#PLAIN} photo of the page. */
  public DocumentImage(Page page, byte[] bytes, Instant capturedAt) {
    this(page, PhotoKind.PLAIN, bytes, capturedAt);
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
    return o instanceof DocumentImage other && page == other.page && kind == other.kind
        && capturedAt.equals(other.capturedAt) && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * page.hashCode() + kind.hashCode()) + capturedAt.hashCode()) + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "DocumentImage[page=" + page + ", kind=" + kind + ", bytes=" + bytes.length + ", capturedAt="
        + capturedAt + "]";
  }
}
