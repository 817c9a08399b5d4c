package org.kyc4j.document.internal;

import java.util.Arrays;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.spi.Fft;

/**
 * Periodic-pattern cues of a document photo from the 2-D power spectrum of native-resolution luma tiles
 * (no resampling, which would wash the pattern out): a screen's pixel grid beats with the camera's into
 * moire, and a print's halftone screen is a periodic dot pattern; both show as isolated peaks above the
 * spectrum's ring average. Tiles of {@value #SIDE} px are taken at the document's centre and halfway to
 * its corners; each cue is the median over tiles, so one patterned security print does not decide.
 * The spectrum's axes (|u| or |v| of at most 1) are left out: text rows and edges put energy there.
 * After {@code org.kyc4j.liveness.passive.SpectralCue} (not shared: plugins never depend on each other).
 * Stateless.
 */
public final class PeriodicSpectrum {
  /** Side of a tile (a power of two for the FFT). */
  static final int SIDE = 128;
  private static final int HALF = SIDE / 2;
  private static final int TOP = 8;

  /**
   * The cues, in log10 power units above the ring average.
   *
   * @param moire median over tiles of the mean prominence of the top peaks in the mid band (ring 12-39 of 64)
   * @param halftone the same in the high band (ring 40-63: periods of 2 to 3.2 px)
   * @param tiles how many tiles were measured
   */
  public record Measure(double moire, double halftone, int tiles) {}

  private PeriodicSpectrum() {}

  /** Measures the tiles of {@code photo} inside {@code quad} (the whole photo when null). */
  public static Measure of(RgbImage photo, DocumentQuad quad) {
    double[][] centres = centres(photo, quad);
    double[] moire = new double[centres.length];
    double[] halftone = new double[centres.length];
    for (int t = 0; t < centres.length; t++) {
      double[] power = powerSpectrum(tile(photo, centres[t][0], centres[t][1]));
      moire[t] = prominence(power, 12, 40);
      halftone[t] = prominence(power, 40, HALF);
    }
    return new Measure(median(moire), median(halftone), centres.length);
  }

  /** The tile centres: the document's centre and the points halfway from it to each corner. */
  private static double[][] centres(RgbImage photo, DocumentQuad quad) {
    double[] xs;
    double[] ys;
    if (quad == null) {
      xs = new double[] {0, photo.width(), photo.width(), 0};
      ys = new double[] {0, 0, photo.height(), photo.height()};
    } else {
      double[] p = quad.coordinates();
      xs = new double[] {p[0], p[2], p[4], p[6]};
      ys = new double[] {p[1], p[3], p[5], p[7]};
    }
    double cx = Arrays.stream(xs).average().orElse(0);
    double cy = Arrays.stream(ys).average().orElse(0);
    double[][] out = new double[5][];
    out[0] = new double[] {cx, cy};
    for (int k = 0; k < 4; k++) {
      out[k + 1] = new double[] {(cx + xs[k]) / 2, (cy + ys[k]) / 2};
    }
    return out;
  }

  /** The SIDE x SIDE luma tile about (cx, cy), shifted inside the photo, edges clamped when it is smaller. */
  static double[] tile(RgbImage photo, double cx, double cy) {
    int x0 = (int) Math.round(Math.max(0, Math.min(photo.width() - SIDE, cx - HALF)));
    int y0 = (int) Math.round(Math.max(0, Math.min(photo.height() - SIDE, cy - HALF)));
    double[] out = new double[SIDE * SIDE];
    for (int y = 0; y < SIDE; y++) {
      int sy = Math.max(0, Math.min(photo.height() - 1, y0 + y));
      for (int x = 0; x < SIDE; x++) {
        int p = photo.rgb(Math.max(0, Math.min(photo.width() - 1, x0 + x)), sy);
        out[y * SIDE + x] = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
      }
    }
    return out;
  }

  /** log10 power of the Hann-windowed, mean-removed tile, index (v + HALF) * SIDE + (u + HALF). */
  static double[] powerSpectrum(double[] grey) {
    return Fft.logPowerSpectrum(grey, SIDE);
  }

  /** Mean of the TOP largest (log power minus its ring's mean) off the axes over rings [from, to). */
  static double prominence(double[] logPower, int from, int to) {
    return Fft.ringPeakProminence(logPower, SIDE, from, to, TOP, true);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
