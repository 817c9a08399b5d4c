package org.kyc4j.benchmarks.document;

import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

/**
 * Constructed photo defects applied to clean specimens: Gaussian blur, a glare spot over the MRZ
 * band, a finger reaching in from the bottom edge, darkening and washing out. Every defect is
 * simulated; none is a photo of a real defect.
 */
final class DocumentDefects {
  private static final int[][] SKIN_TONES = {{224, 172, 140}, {198, 134, 103}, {141, 85, 56}};

  private DocumentDefects() {}

  /** Returns the image blurred with a Gaussian of {@code sigma} pixels ({@link TestImages#gaussianBlur}). */
  static RgbImage blur(RgbImage image, double sigma) {
    return TestImages.gaussianBlur(image, sigma);
  }

  /**
   * Returns the image with a specular highlight centred on the darkest cell of the bottom band
   * (where the MRZ lines of a data page or card back lie): each pixel blended toward white by
   * {@code min(1, 1.6 exp(-d^2 / 2 sigma^2))}.
   */
  static RgbImage glareOverMrz(RgbImage image, double sigma) {
    double[] centre = darkestBottomCell(image);
    int w = image.width();
    int[] pixels = image.copyPixels();
    for (int i = 0; i < pixels.length; i++) {
      double dx = i % w - centre[0];
      double dy = i / w - centre[1];
      double alpha = Math.min(1, 1.6 * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
      pixels[i] = mapChannels(pixels[i], c -> (int) Math.round(c + (255 - c) * alpha));
    }
    return RgbImage.of(w, image.height(), pixels);
  }

  /** The centre of the darkest of eight cells across the band from 75% to 92% of the height, 20% to 80% of the width. */
  private static double[] darkestBottomCell(RgbImage image) {
    double best = Double.MAX_VALUE;
    double[] centre = {image.width() / 2.0, image.height() * 0.85};
    int step = Math.max(1, Math.max(image.width(), image.height()) / 400);
    for (int cell = 0; cell < 8; cell++) {
      int x0 = (int) (image.width() * (0.2 + 0.075 * cell));
      int x1 = (int) (image.width() * (0.2 + 0.075 * (cell + 1)));
      double sum = 0;
      int n = 0;
      for (int y = (int) (image.height() * 0.75); y < image.height() * 0.92; y += step) {
        for (int x = x0; x < x1; x += step) {
          int rgb = image.rgb(x, y);
          sum += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
          n++;
        }
      }
      if (n > 0 && sum / n < best) {
        best = sum / n;
        centre = new double[] {(x0 + x1) / 2.0, image.height() * 0.835};
      }
    }
    return centre;
  }

  /**
   * Returns the image with a finger reaching in from the bottom edge at 30% of the width: a
   * capsule {@code 0.25} of the short side wide and reaching {@code 0.3} of it in, of one of three
   * skin tones ({@code tone} modulo 3), shaded across its width, with seeded noise of +-3.
   */
  static RgbImage finger(RgbImage image, int tone, long seed) {
    int w = image.width();
    int h = image.height();
    double s = Math.min(w, h);
    double half = 0.125 * s;
    double cx = 0.3 * w;
    double tipY = h - 0.3 * s + half;
    int[] base = SKIN_TONES[Math.floorMod(tone, SKIN_TONES.length)];
    Random random = new Random(seed);
    int[] pixels = image.copyPixels();
    for (int y = (int) Math.max(0, tipY - half); y < h; y++) {
      for (int x = (int) Math.max(0, cx - half); x < Math.min(w, cx + half); x++) {
        double dx = x - cx;
        double dy = Math.min(0, y - tipY);
        if (dx * dx + dy * dy <= half * half) {
          double shade = 0.8 + 0.2 * Math.cos(dx / half * Math.PI / 2);
          int noise = random.nextInt(7) - 3;
          pixels[y * w + x] = clamp((int) Math.round(base[0] * shade) + noise) << 16
              | clamp((int) Math.round(base[1] * shade) + noise) << 8 | clamp((int) Math.round(base[2] * shade) + noise);
        }
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  /** Returns the image with every channel scaled by {@code factor}. */
  static RgbImage darken(RgbImage image, double factor) {
    return map(image, c -> (int) Math.round(c * factor));
  }

  /** Returns the image pulled toward white, keeping {@code contrast} of each channel's distance to white. */
  static RgbImage washOut(RgbImage image, double contrast) {
    return map(image, c -> (int) Math.round(255 - (255 - c) * contrast));
  }

  private static RgbImage map(RgbImage image, IntUnaryOperator channel) {
    int[] pixels = image.copyPixels();
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = mapChannels(pixels[i], channel);
    }
    return RgbImage.of(image.width(), image.height(), pixels);
  }

  private static int mapChannels(int rgb, IntUnaryOperator channel) {
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      out |= clamp(channel.applyAsInt((rgb >> shift) & 0xFF)) << shift;
    }
    return out;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
