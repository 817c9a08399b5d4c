package org.kyc4j.core.internal;

import java.util.Objects;

/**
 * Thrown by {@link ImageDecoder} when encoded bytes cannot become an image; the {@link Kind} says
 * why, the message says what was found and what is allowed. Immutable once thrown.
 */
public final class ImageRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an image was rejected. */
  public enum Kind {
    /** No bytes at all. */
    EMPTY,
    /** More encoded bytes than the engine accepts. */
    TOO_MANY_BYTES,
    /** The header declares more pixels than the engine decodes, or absurd dimensions. */
    TOO_MANY_PIXELS,
    /** Not one of the formats the decoder reads, or a variant of one it cannot decode. */
    UNSUPPORTED_FORMAT,
    /** The data ends before the image does. */
    TRUNCATED,
    /** The data is not a valid image of its format. */
    CORRUPT,
    /**
     * Decoding would cost more than the engine allows: too many JPEG scans, too many pixels times
     * scans, or the request's decode timeout passed.
     */
    TOO_COSTLY,
    /** The request carries more images of a kind (selfie frames) than the engine accepts. */
    TOO_MANY_IMAGES
  }

  private final Kind kind;

  /**
   * Creates a rejection.
   *
   * @param kind why the image was rejected, not null
   * @param message what was found and what is allowed
   * @param cause the decoder failure behind it, or null
   */
  public ImageRejectedException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** Returns why the image was rejected. */
  public Kind kind() {
    return kind;
  }
}
