package org.kyc4j.api;

import java.util.Arrays;

/**
 * One of the two photos a {@link Product#FACE_COMPARE} request compares, named by its side, as
 * encoded bytes (JPEG, PNG, WebP, GIF or BMP). Side {@link Side#A} is the probe (a face must be
 * found in it, or the decision is FAILURE), side {@link Side#B} the reference (no face there gives
 * manual review, as a document portrait does). The bytes are copied on the way in and out, so an
 * instance is immutable and thread-safe.
 *
 * @param side which of the two photos this is
 * @param bytes the encoded image, not empty
 */
public record CompareImage(Side side, byte[] bytes) {
  /** The two sides of a comparison. */
  public enum Side {
    /** The probe: the face being checked. */
    A,
    /** The reference: the face it is checked against. */
    B
  }

  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public CompareImage {
    Checks.nonNull(side, "compareImage.side");
    bytes = Checks.bytes(bytes, "compareImage.bytes");
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
    return o instanceof CompareImage other && side == other.side && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * side.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "CompareImage[side=" + side + ", bytes=" + bytes.length + "]";
  }
}
