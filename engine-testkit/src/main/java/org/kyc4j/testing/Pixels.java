package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Pixel arithmetic on packed {@code 0xRRGGBB} arrays for the synthetic document transforms. Stateless. */
final class Pixels {
  private Pixels() {}

  static int[] data(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("image type " + image.getType() + "; allowed: TYPE_INT_RGB");
    }
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  static int clamp(double v) {
    return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
  }

  static int rgb(double r, double g, double b) {
    return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
  }

  static int red(int rgb) {
    return rgb >> 16 & 255;
  }

  static int green(int rgb) {
    return rgb >> 8 & 255;
  }

  static int blue(int rgb) {
    return rgb & 255;
  }

  /** Returns {@code a * (1 - t) + b * t} per channel. */
  static int mix(int a, int b, double t) {
    return rgb(red(a) + (red(b) - red(a)) * t, green(a) + (green(b) - green(a)) * t,
        blue(a) + (blue(b) - blue(a)) * t);
  }

  /** Samples with bilinear interpolation at (x, y), clamped to the image. */
  static int bilinear(int[] src, int w, int h, double x, double y) {
    x = Math.max(0, Math.min(w - 1.001, x));
    y = Math.max(0, Math.min(h - 1.001, y));
    int x0 = (int) x;
    int y0 = (int) y;
    int fx = (int) ((x - x0) * 256);
    int fy = (int) ((y - y0) * 256);
    int i = y0 * w + x0;
    int a = src[i];
    int b = src[i + 1];
    int c = src[i + w];
    int d = src[i + w + 1];
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int top = ((a >> shift & 255) * (256 - fx) + (b >> shift & 255) * fx);
      int bottom = ((c >> shift & 255) * (256 - fx) + (d >> shift & 255) * fx);
      out |= ((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16) << shift;
    }
    return out;
  }

  /** Blurs in place with three passes of a separable box filter of {@code radius} (about a Gaussian). */
  static void blur(int[] px, int w, int h, int radius) {
    if (radius < 1) {
      return;
    }
    int[] tmp = new int[px.length];
    for (int pass = 0; pass < 3; pass++) {
      box(px, tmp, w, h, radius, true);
      box(tmp, px, w, h, radius, false);
    }
  }

  private static void box(int[] in, int[] out, int w, int h, int r, boolean horizontal) {
    int lines = horizontal ? h : w;
    int length = horizontal ? w : h;
    int stride = horizontal ? 1 : w;
    for (int line = 0; line < lines; line++) {
      int base = horizontal ? line * w : line;
      int sr = 0;
      int sg = 0;
      int sb = 0;
      for (int i = -r; i <= r; i++) {
        int p = in[base + Math.max(0, Math.min(length - 1, i)) * stride];
        sr += red(p);
        sg += green(p);
        sb += blue(p);
      }
      int n = 2 * r + 1;
      for (int i = 0; i < length; i++) {
        out[base + i * stride] = (sr / n) << 16 | (sg / n) << 8 | sb / n;
        int add = in[base + Math.min(length - 1, i + r + 1) * stride];
        int drop = in[base + Math.max(0, i - r) * stride];
        sr += red(add) - red(drop);
        sg += green(add) - green(drop);
        sb += blue(add) - blue(drop);
      }
    }
  }

  /** Returns a copy of {@code image} as a new {@code TYPE_INT_RGB} image. */
  static BufferedImage copy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }
}
