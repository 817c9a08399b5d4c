package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.api.RgbImage;

/**
 * Fits an image into a square model input of {@code size} pixels, keeping its aspect ratio: the image
 * is scaled so that its long side fills the square and centred, with black bars on the short side.
 * Maps points both ways in continuous coordinates (pixel {@code i} spans {@code [i, i + 1)}).
 * Immutable and thread-safe.
 *
 * @param imageWidth width of the source image in pixels, positive
 * @param imageHeight height of the source image in pixels, positive
 * @param size side of the square model input in pixels, positive
 */
record Letterbox(int imageWidth, int imageHeight, int size) {
  public Letterbox {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("image size " + imageWidth + "x" + imageHeight + " must be positive");
    }
    if (size <= 0) {
      throw new IllegalArgumentException("size " + size + " must be positive");
    }
  }

  /** The letterbox of {@code image} into a square of {@code size}. */
  public static Letterbox of(RgbImage image, int size) {
    Objects.requireNonNull(image, "image");
    return new Letterbox(image.width(), image.height(), size);
  }

  /** Input pixels per image pixel. */
  public double scale() {
    return (double) size / Math.max(imageWidth, imageHeight);
  }

  /** Width of the left bar in input pixels. */
  public double offsetX() {
    return (size - imageWidth * scale()) / 2;
  }

  /** Height of the top bar in input pixels. */
  public double offsetY() {
    return (size - imageHeight * scale()) / 2;
  }

  /** Image x of input x. */
  public double toImageX(double inputX) {
    return (inputX - offsetX()) / scale();
  }

  /** Image y of input y. */
  public double toImageY(double inputY) {
    return (inputY - offsetY()) / scale();
  }

  /** Input x of image x. */
  public double toInputX(double imageX) {
    return imageX * scale() + offsetX();
  }

  /** Input y of image y. */
  public double toInputY(double imageY) {
    return imageY * scale() + offsetY();
  }

  /**
   * Samples the image into {@code size x size x 3} floats {@code v * valueScale + valueOffset}
   * (v in 0..255), row-major RGB channel-last; bars are black (v = 0).
   *
   * @throws IllegalArgumentException if the image does not have this letterbox's size
   */
  public float[] sample(RgbImage image, float valueScale, float valueOffset) {
    return ImageWarp.toFloat(checked(image), inputToImage(), size, size, valueScale, valueOffset);
  }

  /** Samples the image into {@code size x size x 3} unsigned bytes, row-major RGB channel-last. */
  public byte[] sampleRgb(RgbImage image) {
    return ImageWarp.toRgb(checked(image), inputToImage(), size, size);
  }

  Affine inputToImage() {
    double inverse = 1 / scale();
    return new Affine(inverse, 0, -offsetX() * inverse, 0, inverse, -offsetY() * inverse);
  }

  private RgbImage checked(RgbImage image) {
    Objects.requireNonNull(image, "image");
    if (image.width() != imageWidth || image.height() != imageHeight) {
      throw new IllegalArgumentException("image " + image.width() + "x" + image.height()
          + " does not match the letterbox's " + imageWidth + "x" + imageHeight);
    }
    return image;
  }
}
