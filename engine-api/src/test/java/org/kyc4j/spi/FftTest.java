package org.kyc4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FftTest {
  private static final int N = 64;

  @Test
  void aGratingStandsAboveItsRing() {
    double[] spectrum = Fft.logPowerSpectrum(grating(7, 5), N);
    assertThat(Fft.ringPeakProminence(spectrum, N, 4, 16, 2, true)).isGreaterThan(3);
    assertThat(Fft.ringPeakProminence(Fft.logPowerSpectrum(flat(), N), N, 4, 16, 2, true)).isLessThan(2);
  }

  @Test
  void skippingTheAxesHidesAGratingAlongAnAxis() {
    double[] spectrum = Fft.logPowerSpectrum(grating(8, 0), N);
    assertThat(Fft.ringPeakProminence(spectrum, N, 4, 16, 2, false))
        .isGreaterThan(Fft.ringPeakProminence(spectrum, N, 4, 16, 2, true) + 2);
  }

  @Test
  void ringsOutsideTheSpectrumAreRefused() {
    double[] spectrum = Fft.logPowerSpectrum(flat(), N);
    assertThatThrownBy(() -> Fft.ringPeakProminence(spectrum, N, 4, N, 2, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rings [4, 64)");
  }

  /** A cosine grating of u cycles across and v cycles down, over faint deterministic noise. */
  private static double[] grating(int u, int v) {
    double[] grey = flat();
    for (int y = 0; y < N; y++) {
      for (int x = 0; x < N; x++) {
        grey[y * N + x] += 50 * Math.cos(2 * Math.PI * (u * x + v * y) / N);
      }
    }
    return grey;
  }

  private static double[] flat() {
    java.util.Random random = new java.util.Random(42);
    double[] grey = new double[N * N];
    for (int i = 0; i < grey.length; i++) {
      grey[i] = 128 + random.nextGaussian();
    }
    return grey;
  }
}
