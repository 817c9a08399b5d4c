package org.kyc4j.liveness.passive;

import org.kyc4j.api.RgbImage;
import org.kyc4j.models.MiniFasNet;
import org.kyc4j.spi.FaceBox;

/**
 * Upstream's crop for MiniFASNet ({@code generate_patches.py}): the face box, widened by a multiplier,
 * scaled about its centre by the network's scale (capped so the crop fits the image), shifted, not cut,
 * to stay inside the image, and resized to 80x80 bilinearly (OpenCV's half-pixel rule) into B, G, R
 * bytes. Hand-written because it must match upstream's integer rounding exactly. Stateless.
 */
final class FasCrop {
  private FasCrop() {}

  /** Returns the 80x80 BGR crop of {@code box} times {@code multiplier}, scaled by {@code scale}. */
  static byte[] of(RgbImage image, FaceBox box, double multiplier, double scale) {
    int[] r = region(image.width(), image.height(), box, multiplier, scale);
    return resize(image, r[0], r[1], r[2] - r[0] + 1, r[3] - r[1] + 1);
  }

  /** Left, top, right, bottom (inclusive) of the crop, as upstream's {@code _get_new_box}. */
  static int[] region(int srcW, int srcH, FaceBox box, double multiplier, double scale) {
    double boxW = box.width() * multiplier;
    double boxH = box.height() * multiplier;
    double cx = box.centreX();
    double cy = box.centreY();
    double s = Math.min((srcH - 1) / boxH, Math.min((srcW - 1) / boxW, scale));
    double w = boxW * s;
    double h = boxH * s;
    double[] xs = shift(cx - w / 2, cx + w / 2, srcW - 1);
    double[] ys = shift(cy - h / 2, cy + h / 2, srcH - 1);
    return new int[] {(int) xs[0], (int) ys[0], (int) xs[1], (int) ys[1]};
  }

  private static double[] shift(double low, double high, double max) {
    if (low < 0) {
      high -= low;
      low = 0;
    }
    if (high > max) {
      low -= high - max;
      high = max;
    }
    return new double[] {Math.max(0, low), Math.min(max, high)};
  }

  private static byte[] resize(RgbImage image, int left, int top, int w, int h) {
    int size = MiniFasNet.INPUT_SIZE;
    byte[] out = new byte[MiniFasNet.INPUT_BYTES];
    double fx = (double) w / size;
    double fy = (double) h / size;
    for (int y = 0; y < size; y++) {
      double sy = Math.max(0, (y + 0.5) * fy - 0.5);
      int y0 = Math.min((int) sy, h - 1);
      int y1 = Math.min(y0 + 1, h - 1);
      double wy = Math.min(sy - y0, 1);
      for (int x = 0; x < size; x++) {
        double sx = Math.max(0, (x + 0.5) * fx - 0.5);
        int x0 = Math.min((int) sx, w - 1);
        int x1 = Math.min(x0 + 1, w - 1);
        double wx = Math.min(sx - x0, 1);
        int[] p = {image.rgb(left + x0, top + y0), image.rgb(left + x1, top + y0),
          image.rgb(left + x0, top + y1), image.rgb(left + x1, top + y1)};
        int o = (y * size + x) * 3;
        for (int c = 0; c < 3; c++) {
          int shiftBits = c * 8; // B at 0, G at 8, R at 16
          double top0 = ch(p[0], shiftBits) * (1 - wx) + ch(p[1], shiftBits) * wx;
          double bottom = ch(p[2], shiftBits) * (1 - wx) + ch(p[3], shiftBits) * wx;
          out[o + c] = (byte) Math.round(top0 * (1 - wy) + bottom * wy);
        }
      }
    }
    return out;
  }

  private static int ch(int rgb, int shiftBits) {
    return (rgb >> shiftBits) & 0xff;
  }
}
