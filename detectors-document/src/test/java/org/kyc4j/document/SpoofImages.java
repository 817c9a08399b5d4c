package org.kyc4j.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

/** Generated cards and simulated attacks for the authenticity tests; all seeded. */
final class SpoofImages {
  private SpoofImages() {}

  /** A colour card: a blue-to-green guilloche-free background, a red band, a skin-toned portrait block, randomly spaced dark text strokes, noise. */
  static RgbImage colourCard(int w, int h, long seed) {
    Random random = new Random(seed);
    boolean[] ink = new boolean[w * h];
    for (int y = h / 4; y < h * 5 / 6; y += 10 + random.nextInt(8)) {
      int thickness = 3 + random.nextInt(4);
      for (int x = w / 2; x < w - 20; ) {
        int length = 3 + random.nextInt(14);
        for (int i = x; i < Math.min(w - 20, x + length); i++) {
          for (int t = 0; t < thickness; t++) {
            ink[(y + t) * w + i] = true;
          }
        }
        x += length + 2 + random.nextInt(9);
      }
    }
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double t = (double) x / w;
        int r = (int) (120 + 60 * t);
        int g = (int) (170 + 50 * (1 - t));
        int b = 225;
        if (y < h / 6) {
          r = 200;
          g = 40;
          b = 50;
        } else if (x < w / 3 && y > h / 4 && y < h * 5 / 6) {
          r = 215;
          g = 170;
          b = 140;
        } else if (ink[y * w + x]) {
          r = 30;
          g = 30;
          b = 40;
        }
        int n = (int) Math.round(random.nextGaussian() * 3);
        pixels[y * w + x] = (clamp(r + n) << 16) | (clamp(g + n) << 8) | clamp(b + n);
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  /** A black-and-white copy of {@code card} photographed under warm light. */
  static RgbImage greyCopy(RgbImage card) {
    int[] pixels = card.copyPixels();
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      double luma = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
      pixels[i] = (clamp(luma * 1.04) << 16) | (clamp(luma * 0.99) << 8) | clamp(luma * 0.9);
    }
    return RgbImage.of(card.width(), card.height(), pixels);
  }

  /** {@code card} with a moire pattern: a diagonal luminance beat of {@code period} pixels and depth 0.25. */
  static RgbImage moire(RgbImage card, double period) {
    int[] pixels = card.copyPixels();
    for (int y = 0; y < card.height(); y++) {
      for (int x = 0; x < card.width(); x++) {
        double f = 1 + 0.25 * Math.sin(2 * Math.PI * (x * 0.8 + y * 0.6) / period);
        int p = pixels[y * card.width() + x];
        pixels[y * card.width() + x] = (clamp(((p >> 16) & 0xFF) * f) << 16) | (clamp(((p >> 8) & 0xFF) * f) << 8)
            | clamp((p & 0xFF) * f);
      }
    }
    return RgbImage.of(card.width(), card.height(), pixels);
  }

  /** {@code base} with the region (x, y, w, h) replaced by {@code donor}'s pixels at the same place. */
  static RgbImage paste(RgbImage base, RgbImage donor, int[] region) {
    int[] pixels = base.copyPixels();
    for (int y = region[1]; y < region[1] + region[3]; y++) {
      for (int x = region[0]; x < region[0] + region[2]; x++) {
        pixels[y * base.width() + x] = donor.rgb(x - region[0] + 5, y - region[1] + 3);
      }
    }
    return RgbImage.of(base.width(), base.height(), pixels);
  }

  /** Encodes as JPEG at {@code quality} (0..1). */
  static byte[] jpeg(RgbImage image, float quality) {
    BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
    buffered.setRGB(0, 0, image.width(), image.height(), image.copyPixels(), 0, image.width());
    return TestImages.jpeg(buffered, quality);
  }

  /** Decodes image bytes. */
  static RgbImage decode(byte[] bytes) {
    try {
      return TestData.rgb(ImageIO.read(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
