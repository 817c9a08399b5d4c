package org.kyc4j.liveness.passive;

import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;

/**
 * The print and recapture colour cue: a print's inks and a recaptured screen cover a smaller gamut than
 * skin seen directly, so the face looks less saturated. Measures the mean HSV saturation,
 * (max - min) / max of R, G, B, on a 48x48 grid over the face box. Stateless.
 */
final class ColourCue {
  private static final int GRID = 48;

  private ColourCue() {}

  /** Mean saturation in [0, 1] of {@code box} on {@code image} (the box clamped to the image). */
  static double saturation(RgbImage image, FaceBox box) {
    double sum = 0;
    for (int j = 0; j < GRID; j++) {
      int y = clamp(box.y() + (j + 0.5) * box.height() / GRID, image.height());
      for (int i = 0; i < GRID; i++) {
        int x = clamp(box.x() + (i + 0.5) * box.width() / GRID, image.width());
        int p = image.rgb(x, y);
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        sum += max == 0 ? 0 : (max - min) / (double) max;
      }
    }
    return sum / (GRID * GRID);
  }

  private static int clamp(double v, int size) {
    return (int) Math.max(0, Math.min(size - 1, v));
  }
}
