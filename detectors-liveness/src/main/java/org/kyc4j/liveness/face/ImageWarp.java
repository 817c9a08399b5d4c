package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.api.RgbImage;

/**
 * Resamples an image through an affine map into a model input: bilinear interpolation, with
 * {@code n x n} bilinear taps per output pixel when one output pixel spans {@code n} image pixels or
 * more (up to {@value #MAX_TAPS}; a box prefilter, so a 2000-pixel selfie shrunk to 256 does not
 * alias). Points outside the image are black. Outputs are row-major, channel-last (HWC), RGB. Stateless.
 */
final class ImageWarp {
  /**
   * At most this many taps per axis. Each bilinear tap averages two pixels per axis, so 4 taps cover
   * the whole footprint up to an 8x shrink (a 2000-pixel selfie into 256); beyond, they still cover
   * part of it. A 12-megapixel photo letterboxes in about 15 ms this way, against 60 ms with 8 x 8.
   */
  static final int MAX_TAPS = 4;

  private ImageWarp() {}

  /** Samples {@code width x height x 3} floats {@code v * scale + offset} (v in 0..255). */
  static float[] toFloat(RgbImage image, Affine outputToImage, int width, int height, float scale, float offset) {
    float[] out = new float[checkedSize(image, width, height)];
    double[] rgb = new double[3];
    int taps = taps(outputToImage);
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        sample(image, outputToImage, col, row, taps, rgb);
        int at = (row * width + col) * 3;
        for (int ch = 0; ch < 3; ch++) {
          out[at + ch] = (float) (rgb[ch] * scale + offset);
        }
      }
    }
    return out;
  }

  /** Samples {@code width x height x 3} bytes (unsigned 0..255, rounded). */
  static byte[] toRgb(RgbImage image, Affine outputToImage, int width, int height) {
    byte[] out = new byte[checkedSize(image, width, height)];
    double[] rgb = new double[3];
    int taps = taps(outputToImage);
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        sample(image, outputToImage, col, row, taps, rgb);
        int at = (row * width + col) * 3;
        for (int ch = 0; ch < 3; ch++) {
          out[at + ch] = (byte) Math.max(0, Math.min(255, Math.round(rgb[ch])));
        }
      }
    }
    return out;
  }

  private static int checkedSize(RgbImage image, int width, int height) {
    Objects.requireNonNull(image, "image");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("output size " + width + "x" + height + " must be positive");
    }
    return Math.multiplyExact(Math.multiplyExact(width, height), 3);
  }

  static int taps(Affine outputToImage) {
    return (int) Math.max(1, Math.min(MAX_TAPS, Math.ceil(outputToImage.maxStretch() - 1e-9)));
  }

  /** Mean colour of {@code taps x taps} bilinear samples spread evenly over output pixel (col, row). */
  private static void sample(RgbImage image, Affine map, int col, int row, int taps, double[] rgb) {
    rgb[0] = 0;
    rgb[1] = 0;
    rgb[2] = 0;
    for (int q = 0; q < taps; q++) {
      double v = row + (q + 0.5) / taps;
      for (int p = 0; p < taps; p++) {
        double u = col + (p + 0.5) / taps;
        bilinearAdd(image, map.x(u, v), map.y(u, v), rgb);
      }
    }
    double n = (double) taps * taps;
    rgb[0] /= n;
    rgb[1] /= n;
    rgb[2] /= n;
  }

  /** Adds the bilinear colour at continuous image point (x, y) to {@code rgb}; nothing (black) outside. */
  static void bilinearAdd(RgbImage image, double x, double y, double[] rgb) {
    int w = image.width();
    int h = image.height();
    if (!(x >= 0 && x < w && y >= 0 && y < h)) {
      return;
    }
    double sx = x - 0.5;
    double sy = y - 0.5;
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    double fx = sx - x0;
    double fy = sy - y0;
    int xa = clamp(x0, w);
    int xb = clamp(x0 + 1, w);
    int ya = clamp(y0, h);
    int yb = clamp(y0 + 1, h);
    add(rgb, image.rgb(xa, ya), (1 - fx) * (1 - fy));
    add(rgb, image.rgb(xb, ya), fx * (1 - fy));
    add(rgb, image.rgb(xa, yb), (1 - fx) * fy);
    add(rgb, image.rgb(xb, yb), fx * fy);
  }

  private static int clamp(int i, int size) {
    return i < 0 ? 0 : Math.min(i, size - 1);
  }

  private static void add(double[] rgb, int pixel, double weight) {
    if (weight == 0) {
      return;
    }
    rgb[0] += weight * ((pixel >> 16) & 0xFF);
    rgb[1] += weight * ((pixel >> 8) & 0xFF);
    rgb[2] += weight * (pixel & 0xFF);
  }
}
