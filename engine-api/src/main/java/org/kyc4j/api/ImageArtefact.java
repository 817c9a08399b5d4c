package org.kyc4j.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image the verification returns, encoded (PNG unless {@code mediaType} says otherwise). Bytes
 * are copied in and out, so an instance is immutable.
 *
 * @param mediaType for example {@code image/png}
 * @param width width in pixels, positive
 * @param height height in pixels, positive
 * @param bytes the encoded image
 */
public record ImageArtefact(String mediaType, int width, int height, byte[] bytes) {
  /** Validates and copies. */
  public ImageArtefact {
    Objects.requireNonNull(mediaType, "mediaType");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("artefact size " + width + "x" + height + " must be positive");
    }
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageArtefact other && mediaType.equals(other.mediaType) && width == other.width
        && height == other.height && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, width, height) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ImageArtefact[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
  }
}
