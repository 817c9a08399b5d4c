package org.kyc4j.liveness.passive;

import java.util.Arrays;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.Fft;

/**
 * Screen and print cues from the 2-D power spectrum of a grey crop: a screen's pixel grid beats with the
 * camera's into moire, and a print's halftone screen is a periodic dot pattern; both show as isolated
 * peaks above the spectrum's radial average, in the mid and in the high band. Measured on the face crop
 * (the box's side, 128x128, Hann window), on its surroundings (2.5 times the side) and on the whole
 * frame, plus the face
 * crop's high-to-mid band power ratio (prints and recaptures lose fine detail). Specular flatness is not
 * measured. Stateless.
 */
final class SpectralCue {
  /** Side of the resampled crop (a power of two for the FFT). */
  static final int SIDE = 128;
  private static final int HALF = SIDE / 2;
  /** How many of the highest prominences are averaged (the spectrum is symmetric: pairs). */
  private static final int TOP = 8;
  private static final double LN10 = Math.log(10);
  /** Distance of each centred spectrum index from the centre. */
  private static final double[] RADIUS = new double[SIDE * SIDE];
  /** Fills RADIUS. */
  static {
    for (int v = -HALF; v < HALF; v++) {
      for (int u = -HALF; u < HALF; u++) {
        int i = (v + HALF) * SIDE + u + HALF;
        RADIUS[i] = Math.sqrt(u * u + v * v);
      }
    }
  }

  private SpectralCue() {}

  /**
   * The spectral cues of one frame, in log10 power units.
   *
   * @param moire mean prominence of the top peaks in the mid band (radius 16-47 of 64) of the face crop
   * @param halftone the same in the high band (48-63)
   * @param highFrequency log10 of mean power at radius 32-63 over mean power at 8-31
   * @param surroundMoire {@code moire} of the 2.5-times crop around the face
   * @param frameMoire {@code moire} of the whole frame (the square of its longer side about its centre)
   */
  record Spectrum(double moire, double halftone, double highFrequency, double surroundMoire, double frameMoire) {}

  /** Measures {@code box} of {@code image}. */
  static Spectrum measure(RgbImage image, FaceBox box) {
    double side = Math.max(box.width(), box.height());
    double[] face = powerSpectrum(grey(image, box.centreX(), box.centreY(), side));
    double[] around = powerSpectrum(grey(image, box.centreX(), box.centreY(), side * 2.5));
    double[] frame = powerSpectrum(grey(image, image.width() / 2.0, image.height() / 2.0,
        Math.max(image.width(), image.height())));
    return new Spectrum(prominence(face, 16, 48), prominence(face, 48, HALF), bandRatio(face),
        prominence(around, 16, 48), prominence(frame, 16, 48));
  }

  /** A SIDE x SIDE bilinear resampling of the square of {@code side} pixels about (cx, cy), edges clamped. */
  static double[] grey(RgbImage image, double cx, double cy, double side) {
    int width = image.width();
    int height = image.height();
    double[] out = new double[SIDE * SIDE];
    double step = side / SIDE;
    for (int y = 0; y < SIDE; y++) {
      double sy = clamp(cy - side / 2 + (y + 0.5) * step - 0.5, height - 1);
      int y0 = (int) sy;
      int y1 = Math.min(y0 + 1, height - 1);
      double fy = sy - y0;
      for (int x = 0; x < SIDE; x++) {
        double sx = clamp(cx - side / 2 + (x + 0.5) * step - 0.5, width - 1);
        int x0 = (int) sx;
        int x1 = Math.min(x0 + 1, width - 1);
        double fx = sx - x0;
        double top = luma(image, x0, y0) * (1 - fx) + luma(image, x1, y0) * fx;
        double bottom = luma(image, x0, y1) * (1 - fx) + luma(image, x1, y1) * fx;
        out[y * SIDE + x] = top * (1 - fy) + bottom * fy;
      }
    }
    return out;
  }

  /** log10 power of the Hann-windowed, mean-removed crop, index (v + HALF) * SIDE + (u + HALF). */
  static double[] powerSpectrum(double[] grey) {
    return Fft.logPowerSpectrum(grey, SIDE);
  }

  /** Mean of the TOP largest (log power minus its ring's mean) over rings [from, to). */
  static double prominence(double[] logPower, int from, int to) {
    return Fft.ringPeakProminence(logPower, SIDE, from, to, TOP, false);
  }

  /** log10 of mean power at radius 32-63 over mean power at 8-31. */
  static double bandRatio(double[] logPower) {
    double high = 0;
    double mid = 0;
    for (int i = 0; i < RADIUS.length; i++) {
      double r = RADIUS[i];
      if (r >= 8 && r < HALF) {
        double p = Math.exp(LN10 * logPower[i]);
        high += r >= 32 ? p : 0;
        mid += r < 32 ? p : 0;
      }
    }
    double highArea = Math.PI * (HALF * HALF - 32 * 32);
    double midArea = Math.PI * (32 * 32 - 8 * 8);
    return Math.log10((high / highArea + 1e-12) / (mid / midArea + 1e-12));
  }

  /** ITU-R BT.601 luma, as {@link RgbImage#luma()} computes it. */
  private static float luma(RgbImage image, int x, int y) {
    int p = image.rgb(x, y);
    return 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
  }

  private static double clamp(double v, int max) {
    return Math.max(0, Math.min(max, v));
  }
}
