package org.kyc4j.api;

import java.util.Objects;

/**
 * A decoded image as packed 24-bit RGB pixels ({@code 0xRRGGBB}, row-major, no alpha). The engine
 * decodes every photo once into an RgbImage and shares it among detectors, so it is immutable:
 * pixels are read one at a time or copied out.
 */
public final class RgbImage {
  private final int width;
  private final int height;
  private final int[] pixels;

  private RgbImage(int width, int height, int[] pixels) {
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  /**
   * Returns an image over a copy of {@code pixels}.
   *
   * @throws IllegalArgumentException if a dimension is not positive or the array has the wrong length
   */
  public static RgbImage of(int width, int height, int[] pixels) {
    return adopt(width, height, Objects.requireNonNull(pixels, "pixels").clone());
  }

  /**
   * Returns an image over {@code pixels} itself, without copying: the caller hands the array over
   * and must neither write nor share it afterwards. Meant for decoders, which would otherwise hold
   * every image twice; the high byte of each pixel is cleared in place.
   *
   * @throws IllegalArgumentException if a dimension is not positive or the array has the wrong length
   */
  public static RgbImage adopt(int width, int height, int[] pixels) {
    Objects.requireNonNull(pixels, "pixels");
    if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
      throw new IllegalArgumentException("image " + width + "x" + height + " does not fit " + pixels.length + " pixels");
    }
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] &= 0xFFFFFF;
    }
    return new RgbImage(width, height, pixels);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Returns the number of pixels. */
  public int pixelCount() {
    return pixels.length;
  }

  /** Returns the {@code 0xRRGGBB} pixel at column {@code x}, row {@code y}. */
  public int rgb(int x, int y) {
    Objects.checkIndex(x, width);
    Objects.checkIndex(y, height);
    return pixels[y * width + x];
  }

  /** Returns a copy of all pixels, row-major. */
  public int[] copyPixels() {
    return pixels.clone();
  }

  /** Returns the luma (ITU-R BT.601, 0..255) of every pixel, row-major, in a new array. */
  public float[] luma() {
    float[] luma = new float[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      luma[i] = 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
    }
    return luma;
  }

  /** Returns the sub-image {@code [x, x + w) x [y, y + h)}, which must lie inside this image. */
  public RgbImage crop(int x, int y, int w, int h) {
    Objects.checkFromIndexSize(x, w, width);
    Objects.checkFromIndexSize(y, h, height);
    if (w <= 0 || h <= 0) {
      throw new IllegalArgumentException("crop size " + w + "x" + h + " must be positive");
    }
    int[] out = new int[w * h];
    for (int row = 0; row < h; row++) {
      System.arraycopy(pixels, (y + row) * width + x, out, row * w, w);
    }
    return new RgbImage(w, h, out);
  }

  @Override
  public String toString() {
    return "RgbImage[" + width + "x" + height + "]";
  }
}
