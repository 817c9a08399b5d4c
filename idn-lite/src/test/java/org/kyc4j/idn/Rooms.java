package org.kyc4j.idn;

import java.awt.image.BufferedImage;
import org.kyc4j.testing.TestImages;

/** Selfie frames of distinct rooms for tests: a horizontal light gradient with a colour tint and a dark door. */
final class Rooms {
  private Rooms() {}

  /** Returns a 160 x 120 JPEG frame; rooms with tints 40 apart have different background signatures. */
  static byte[] jpeg(int tint) {
    BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 120; y++) {
      for (int x = 0; x < 160; x++) {
        int light = 210 - x * 120 / 160;
        int r = clamp(light + tint);
        int b = clamp(light - tint);
        int rgb = x > 125 && x < 145 && y > 15 ? 0x3C3C3C : r << 16 | light << 8 | b;
        image.setRGB(x, y, rgb);
      }
    }
    return TestImages.jpeg(image);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
