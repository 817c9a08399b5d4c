package org.kyc4j.spi;

import java.util.Arrays;

/**
 * An in-place iterative radix-2 Cooley-Tukey FFT, 1-D and 2-D (rows then columns), shared by the
 * detectors that read spectra (moire and halftone cues of liveness and document anti-spoofing).
 * Hand-written: the project takes no signal-processing dependency for 60 lines. Stateless and
 * thread-safe.
 */
public final class Fft {
  private Fft() {}

  /**
   * Transforms the {@code n x n} complex array (row-major) in place.
   *
   * @throws IllegalArgumentException if {@code n} is not a power of two or an array does not hold {@code n * n} values
   */
  public static void transform2d(double[] re, double[] im, int n) {
    if (n < 1 || Integer.bitCount(n) != 1 || re.length != n * n || im.length != n * n) {
      throw new IllegalArgumentException("a 2-D FFT needs n a power of two and n*n values; got n " + n + ", "
          + re.length + " and " + im.length + " values");
    }
    double[][] twiddles = twiddles(n);
    double[] rowRe = new double[n];
    double[] rowIm = new double[n];
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < n; k++) {
        for (int j = 0; j < n; j++) {
          int i = pass == 0 ? k * n + j : j * n + k;
          rowRe[j] = re[i];
          rowIm[j] = im[i];
        }
        transform(rowRe, rowIm, twiddles);
        for (int j = 0; j < n; j++) {
          int i = pass == 0 ? k * n + j : j * n + k;
          re[i] = rowRe[j];
          im[i] = rowIm[j];
        }
      }
    }
  }

  /**
   * Returns the log10 power spectrum of an {@code n x n} grey tile (row-major): mean removed, Hann
   * windowed in both directions, transformed, and centred so that frequency (u, v) sits at index
   * {@code (v + n/2) * n + (u + n/2)}. The input is not modified.
   *
   * @throws IllegalArgumentException if {@code n} is not a power of two or {@code grey} does not hold {@code n * n} values
   */
  public static double[] logPowerSpectrum(double[] grey, int n) {
    if (n < 2 || Integer.bitCount(n) != 1 || grey.length != n * n) {
      throw new IllegalArgumentException("a power spectrum needs n a power of two and n*n values; got n " + n
          + " and " + grey.length + " values");
    }
    double[] hann = new double[n];
    for (int i = 0; i < n; i++) {
      hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
    }
    double mean = 0;
    for (double v : grey) {
      mean += v;
    }
    mean /= grey.length;
    double[] re = new double[n * n];
    double[] im = new double[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        re[y * n + x] = (grey[y * n + x] - mean) * hann[x] * hann[y];
      }
    }
    transform2d(re, im, n);
    int half = n / 2;
    double[] out = new double[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int i = y * n + x;
        out[((y + half) % n) * n + (x + half) % n] = Math.log10(re[i] * re[i] + im[i] * im[i] + 1e-6);
      }
    }
    return out;
  }

  /** Transforms one complex vector in place; its length must be a power of two. */
  public static void transform(double[] re, double[] im) {
    if (re.length != im.length || Integer.bitCount(re.length) != 1) {
      throw new IllegalArgumentException("an FFT needs two arrays of one power-of-two length; got " + re.length
          + " and " + im.length);
    }
    transform(re, im, twiddles(re.length));
  }

  /** cos and sin of -2 pi k / n for k below n / 2. */
  private static double[][] twiddles(int n) {
    double[][] w = new double[2][Math.max(1, n / 2)];
    for (int k = 0; k < n / 2; k++) {
      w[0][k] = Math.cos(-2 * Math.PI * k / n);
      w[1][k] = Math.sin(-2 * Math.PI * k / n);
    }
    return w;
  }

  private static void transform(double[] re, double[] im, double[][] twiddles) {
    int n = re.length;
    if (Integer.bitCount(n) != 1 || im.length != n || twiddles[0].length != Math.max(1, n / 2)) {
      throw new IllegalArgumentException("FFT length must be a power of two and equal, got " + n + " and " + im.length);
    }
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      int stride = n / len;
      for (int start = 0; start < n; start += len) {
        for (int k = 0; k < len / 2; k++) {
          double wr = twiddles[0][k * stride];
          double wi = twiddles[1][k * stride];
          int a = start + k;
          int b = a + len / 2;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }

  /**
   * Returns the mean of the {@code top} largest peaks of a centred log power spectrum (as
   * {@link #logPowerSpectrum} gives it) over the rings of rounded radius {@code [from, to)}, each
   * peak measured above its ring's mean. With {@code skipAxes} the bins within one of either axis
   * are left out of the peaks and the ring means (edges and scan lines put their power there).
   *
   * @throws IllegalArgumentException if {@code logPower} does not hold {@code n * n} values or the rings are not
   *     within {@code [0, n/2]}
   */
  public static double ringPeakProminence(double[] logPower, int n, int from, int to, int top, boolean skipAxes) {
    int half = n / 2;
    if (logPower.length != n * n || from < 0 || to > half || from >= to || top < 1) {
      throw new IllegalArgumentException("ring peaks need n*n values, 0 <= from < to <= n/2 and top >= 1; got "
          + logPower.length + " values, n " + n + ", rings [" + from + ", " + to + "), top " + top);
    }
    int[] rings = new int[n * n];
    double[] ringSum = new double[half + 1];
    int[] ringCount = new int[half + 1];
    for (int i = 0; i < rings.length; i++) {
      int u = i % n - half;
      int v = i / n - half;
      boolean axis = Math.abs(u) <= 1 || Math.abs(v) <= 1;
      rings[i] = skipAxes && axis ? Integer.MAX_VALUE : (int) Math.round(Math.sqrt(u * u + v * v));
      if (rings[i] <= half) {
        ringSum[rings[i]] += logPower[i];
        ringCount[rings[i]]++;
      }
    }
    double[] peaks = new double[top];
    Arrays.fill(peaks, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < rings.length; i++) {
      int r = rings[i];
      if (r >= from && r < to) {
        int smallest = 0;
        for (int k = 1; k < top; k++) {
          smallest = peaks[k] < peaks[smallest] ? k : smallest;
        }
        peaks[smallest] = Math.max(peaks[smallest], logPower[i] - ringSum[r] / ringCount[r]);
      }
    }
    return Arrays.stream(peaks).average().orElse(0);
  }
}
