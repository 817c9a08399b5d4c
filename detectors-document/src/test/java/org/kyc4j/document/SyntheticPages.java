package org.kyc4j.document;

import java.util.Random;
import org.kyc4j.api.RgbImage;

/** Seeded synthetic document photos: a light card with dark print on a mid-grey table. */
final class SyntheticPages {
  private SyntheticPages() {}

  /** Returns a w x h photo of a card covering the middle 80%, with seeded dark marks as print. */
  static RgbImage card(int w, int h, long seed) {
    System.out.println("SyntheticPages.card seed=" + seed);
    Random random = new Random(seed);
    int[] pixels = new int[w * h];
    int x0 = w / 10;
    int y0 = h / 10;
    int x1 = w - w / 10;
    int y1 = h - h / 10;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean onCard = x >= x0 && x < x1 && y >= y0 && y < y1;
        pixels[y * w + x] = onCard ? grey(225) : grey(110);
      }
    }
    int marks = w * h / 400;
    for (int i = 0; i < marks; i++) {
      int mw = 2 + random.nextInt(Math.max(1, w / 40));
      int mh = 2 + random.nextInt(Math.max(1, h / 40));
      int mx = x0 + random.nextInt(Math.max(1, x1 - x0 - mw));
      int my = y0 + random.nextInt(Math.max(1, y1 - y0 - mh));
      int tone = grey(20 + random.nextInt(60));
      for (int y = my; y < my + mh; y++) {
        for (int x = mx; x < mx + mw; x++) {
          pixels[y * w + x] = tone;
        }
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  /** Returns a uniform image. */
  static RgbImage flat(int w, int h, int grey) {
    int[] pixels = new int[w * h];
    java.util.Arrays.fill(pixels, grey(grey));
    return RgbImage.of(w, h, pixels);
  }

  static int grey(int v) {
    return v << 16 | v << 8 | v;
  }
}
