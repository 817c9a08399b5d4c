package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.Fft;

/**
 * The spectral cue on constructed images: a smooth face-like shading has little peak energy; the same
 * shading overlaid with a screen-like line grid (mid band) raises the moire cue, and with a fine halftone
 * dot screen (high band) raises the halftone cue. The FFT agrees with a direct DFT.
 */
class SpectralCueTest {
  private static final FaceBox BOX = new FaceBox(96, 96, 128, 128, 0.9, new float[12]);

  @Test
  void aLineGridRaisesMoireOverASmoothFace() {
    SpectralCue.Spectrum smooth = SpectralCue.measure(image(0, 0), BOX);
    SpectralCue.Spectrum grid = SpectralCue.measure(image(5.3, 0), BOX);
    assertThat(grid.moire()).isGreaterThan(smooth.moire() + 1);
  }

  @Test
  void aHalftoneScreenRaisesHalftoneOverASmoothFace() {
    SpectralCue.Spectrum smooth = SpectralCue.measure(image(0, 0), BOX);
    SpectralCue.Spectrum dots = SpectralCue.measure(image(0, 3.2), BOX);
    assertThat(dots.halftone()).isGreaterThan(smooth.halftone() + 1);
  }

  @Test
  void theFftMatchesADirectTransform() {
    Random random = new Random(7);
    int n = 16;
    double[] re = new double[n];
    double[] im = new double[n];
    for (int i = 0; i < n; i++) {
      re[i] = random.nextGaussian();
      im[i] = random.nextGaussian();
    }
    double[] r = re.clone();
    double[] m = im.clone();
    Fft.transform(r, m);
    for (int k = 0; k < n; k++) {
      double sr = 0;
      double si = 0;
      for (int t = 0; t < n; t++) {
        double a = -2 * Math.PI * k * t / n;
        sr += re[t] * Math.cos(a) - im[t] * Math.sin(a);
        si += re[t] * Math.sin(a) + im[t] * Math.cos(a);
      }
      assertThat(r[k]).isCloseTo(sr, within(1e-9));
      assertThat(m[k]).isCloseTo(si, within(1e-9));
    }
  }

  /**
   * A 320x320 grey image: a face-like elliptic shading with mild noise, plus diagonal lines of
   * {@code gridPeriod} pixels and a dot screen of {@code dotPeriod} pixels (0 for none).
   */
  private static RgbImage image(double gridPeriod, double dotPeriod) {
    Random random = new Random(11);
    int size = 320;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double dx = (x - 160) / 60.0;
        double dy = (y - 160) / 80.0;
        double v = 90 + 110 * Math.exp(-(dx * dx + dy * dy)) + random.nextGaussian() * 2;
        if (gridPeriod > 0) {
          v += 25 * Math.sin(2 * Math.PI * (x * 0.8 + y * 0.6) / gridPeriod);
        }
        if (dotPeriod > 0) {
          v += 25 * Math.cos(2 * Math.PI * x / dotPeriod) * Math.cos(2 * Math.PI * y / dotPeriod);
        }
        int g = (int) Math.max(0, Math.min(255, Math.round(v)));
        pixels[y * size + x] = (g << 16) | (g << 8) | g;
      }
    }
    return RgbImage.of(size, size, pixels);
  }
}
