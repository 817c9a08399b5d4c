package org.kyc4j.core.internal;

/**
 * Decoded {@code 0xRRGGBB} pixels, row-major, handed between the decoding steps without copying.
 * Package-private: the array is shared, not copied.
 */
record DecodedPixels(int width, int height, int[] pixels) {
  DecodedPixels {
    if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
      throw new IllegalArgumentException("pixels " + width + "x" + height + " do not fit " + pixels.length + " values");
    }
  }
}
