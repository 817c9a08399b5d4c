package org.kyc4j.document;

import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

/** Synthetic photo defects for calibration tests: blur, darkening, washing out, a glare spot. */
final class Degradations {
  private Degradations() {}

  /** Returns the image blurred with a Gaussian of {@code sigma} pixels ({@link TestImages#gaussianBlur}). */
  static RgbImage gaussianBlur(RgbImage image, double sigma) {
    return TestImages.gaussianBlur(image, sigma);
  }

  /** Returns the image with every channel scaled by {@code factor} (an underexposed copy for factor below 1). */
  static RgbImage darken(RgbImage image, double factor) {
    return map(image, c -> (int) Math.round(c * factor));
  }

  /** Returns the image with every channel pulled toward white, keeping {@code contrast} of its distance to white. */
  static RgbImage washOut(RgbImage image, double contrast) {
    return map(image, c -> (int) Math.round(255 - (255 - c) * contrast));
  }

  /**
   * Returns the image with a specular highlight: each pixel blended toward white by
   * {@code min(1, 1.6 exp(-d^2 / 2 sigma^2))}, so the core within about one sigma is pure white
   * and the edge fades out.
   */
  static RgbImage glare(RgbImage image, double centreX, double centreY, double sigma) {
    int w = image.width();
    int[] pixels = image.copyPixels();
    for (int i = 0; i < pixels.length; i++) {
      double dx = i % w - centreX;
      double dy = i / w - centreY;
      double alpha = Math.min(1, 1.6 * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
      int out = 0;
      for (int shift = 0; shift <= 16; shift += 8) {
        int c = (pixels[i] >> shift) & 0xFF;
        out |= (int) Math.round(c + (255 - c) * alpha) << shift;
      }
      pixels[i] = out;
    }
    return RgbImage.of(w, image.height(), pixels);
  }

  /**
   * Returns the image with a skin-coloured finger (RGB 224, 172, 140, shaded across its width)
   * reaching in from the bottom edge: centred at {@code fx} of the width, {@code width} of the short
   * side wide, reaching {@code reach} of the short side in, with a rounded tip.
   */
  static RgbImage finger(RgbImage image, double fx, double width, double reach) {
    int w = image.width();
    int h = image.height();
    double s = Math.min(w, h);
    double half = width * s / 2;
    double cx = fx * w;
    double tipY = h - reach * s + half;
    int[] pixels = image.copyPixels();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = x - cx;
        double dy = Math.min(0, y - tipY);
        if (dx * dx + dy * dy <= half * half) {
          double shade = 0.8 + 0.2 * Math.cos(dx / half * Math.PI / 2);
          pixels[y * w + x] = (int) (224 * shade) << 16 | (int) (172 * shade) << 8 | (int) (140 * shade);
        }
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  /** Returns the image at half its width and height, each pixel the mean of a 2x2 block. */
  static RgbImage halve(RgbImage image) {
    int w = image.width() / 2;
    int h = image.height() / 2;
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int pixel = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          int sum = 0;
          for (int k = 0; k < 4; k++) {
            sum += (image.rgb(2 * x + k % 2, 2 * y + k / 2) >> shift) & 0xFF;
          }
          pixel |= ((sum + 2) / 4) << shift;
        }
        out[y * w + x] = pixel;
      }
    }
    return RgbImage.of(w, h, out);
  }

  private static RgbImage map(RgbImage image, java.util.function.IntUnaryOperator channel) {
    int[] pixels = image.copyPixels();
    for (int i = 0; i < pixels.length; i++) {
      int out = 0;
      for (int shift = 0; shift <= 16; shift += 8) {
        int c = channel.applyAsInt((pixels[i] >> shift) & 0xFF);
        out |= Math.max(0, Math.min(255, c)) << shift;
      }
      pixels[i] = out;
    }
    return RgbImage.of(image.width(), image.height(), pixels);
  }
}
