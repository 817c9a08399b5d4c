package org.kyc4j.benchmarks.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

/**
 * Simulated document attacks for the authenticity evaluation. Nothing here is a real attack: a screen
 * recapture is a rendering of the document on an RGB-stripe display photographed by a box-filtered
 * camera at a non-integer scale and a small rotation (so the sub-pixel grid aliases into moire), with a
 * display gamma, a blue cast and a raised black level; a tampered photo is a region of another JPEG
 * pasted off the 8x8 grid and the whole recompressed; warp rectifies a labelled quad. Stateless.
 */
final class SimulatedAttacks {
  private SimulatedAttacks() {}

  /** A photo of {@code image} shown on a screen of {@code screenLong} display pixels on its long side. */
  static RgbImage screenRecapture(RgbImage image, int screenLong, Random random) {
    double toScreen = (double) screenLong / Math.max(image.width(), image.height());
    double camera = 1.3 + random.nextDouble() * 0.9;
    double angle = Math.toRadians(random.nextDouble() * 6 - 3);
    int dw = (int) (image.width() * toScreen);
    int dh = (int) (image.height() * toScreen);
    int cw = (int) (dw * camera);
    int ch = (int) (dh * camera);
    double cos = Math.cos(angle) / camera;
    double sin = Math.sin(angle) / camera;
    double gamma = 1.1 + random.nextDouble() * 0.3;
    double[] cast = {0.88 + random.nextDouble() * 0.06, 0.97, 1.0};
    int[] out = new int[cw * ch];
    for (int y = 0; y < ch; y++) {
      for (int x = 0; x < cw; x++) {
        double[] sum = new double[3];
        for (int sy = 0; sy < 3; sy++) {
          for (int sx = 0; sx < 3; sx++) {
            double px = x + (sx + 0.5) / 3 - cw / 2.0;
            double py = y + (sy + 0.5) / 3 - ch / 2.0;
            double ux = cos * px - sin * py + dw / 2.0;
            double uy = sin * px + cos * py + dh / 2.0;
            subPixel(image, toScreen, ux, uy, dw, dh, sum);
          }
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
          double v = Math.pow(sum[c] / 9 / 255, gamma) * 255 * cast[c] * 0.92 + 14 + random.nextGaussian() * 2;
          rgb = (rgb << 8) | (int) Math.max(0, Math.min(255, Math.round(v)));
        }
        out[y * cw + x] = rgb;
      }
    }
    return RgbImage.of(cw, ch, out);
  }

  /** Adds the light of the display sub-pixel under screen point (ux, uy): R, G, B stripes with a dark gap. */
  private static void subPixel(RgbImage image, double toScreen, double ux, double uy, int dw, int dh, double[] sum) {
    if (ux < 0 || uy < 0 || ux >= dw || uy >= dh) {
      return;
    }
    double fx = ux - Math.floor(ux);
    double fy = uy - Math.floor(uy);
    if (fy > 0.85) {
      return;
    }
    int channel = (int) (fx * 3);
    if (fx * 3 - channel > 0.8) {
      return;
    }
    int p = image.rgb(Math.min(image.width() - 1, (int) (Math.floor(ux) / toScreen)),
        Math.min(image.height() - 1, (int) (Math.floor(uy) / toScreen)));
    sum[channel] += 3 * ((p >> (16 - 8 * channel)) & 0xFF);
  }

  /** The region pasted by {@link #paste}: x, y, w, h. */
  static int[] pasteRegion(RgbImage base, Random random) {
    int w = Math.max(48, base.width() / 4);
    int h = Math.max(48, base.height() / 6);
    int x = random.nextInt(Math.max(1, base.width() - w));
    int y = random.nextInt(Math.max(1, base.height() - h));
    return new int[] {x - x % 8 + 3, y - y % 8 + 5, w, h};
  }

  /** {@code base} with {@code region} replaced by the same-sized centre of {@code donor} (wrapped if smaller). */
  static RgbImage paste(RgbImage base, RgbImage donor, int[] region) {
    int[] pixels = base.copyPixels();
    int ox = Math.max(0, donor.width() / 2 - region[2] / 2);
    int oy = Math.max(0, donor.height() / 2 - region[3] / 2);
    for (int y = 0; y < region[3] && region[1] + y < base.height(); y++) {
      for (int x = 0; x < region[2] && region[0] + x < base.width(); x++) {
        pixels[(region[1] + y) * base.width() + region[0] + x] =
            donor.rgb((ox + x) % donor.width(), (oy + y) % donor.height());
      }
    }
    return RgbImage.of(base.width(), base.height(), pixels);
  }

  /** Encodes as baseline JPEG at {@code quality} (0..1). */
  static byte[] jpeg(RgbImage image, float quality) {
    BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
    buffered.setRGB(0, 0, image.width(), image.height(), image.copyPixels(), 0, image.width());
    return TestImages.jpeg(buffered, quality);
  }

  /** Decodes image bytes to RGB. */
  static RgbImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      int w = image.getWidth();
      int h = image.getHeight();
      return RgbImage.of(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The quad (x1 y1 .. x4 y4, clockwise from top-left) warped to a w x h raster, bilinear. */
  static RgbImage warp(RgbImage photo, double[] q, int w, int h) {
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      double v = (y + 0.5) / h;
      for (int x = 0; x < w; x++) {
        double u = (x + 0.5) / w;
        double sx = bilinearCorner(q[0], q[2], q[4], q[6], u, v);
        double sy = bilinearCorner(q[1], q[3], q[5], q[7], u, v);
        int px = (int) Math.max(0, Math.min(photo.width() - 1, sx));
        int py = (int) Math.max(0, Math.min(photo.height() - 1, sy));
        out[y * w + x] = photo.rgb(px, py);
      }
    }
    return RgbImage.of(w, h, out);
  }

  /** Bilinear interpolation of the corners (top-left, top-right, bottom-right, bottom-left): near enough for colour. */
  private static double bilinearCorner(double tl, double tr, double br, double bl, double u, double v) {
    return (1 - v) * ((1 - u) * tl + u * tr) + v * ((1 - u) * bl + u * br);
  }

  /** Returns whether a file name says JPEG. */
  static boolean isJpegName(String file) {
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jpg") || lower.endsWith(".jpeg");
  }
}
