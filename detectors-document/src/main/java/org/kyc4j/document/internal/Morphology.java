package org.kyc4j.document.internal;

/**
 * Grey-level morphology and gradients on row-major float rasters, with rectangular structuring
 * elements (separable running minimum and maximum). Hand-written because the module has no image
 * library and these few filters are all the MRZ band search needs. Stateless; not part of the API.
 */
final class Morphology {
  private Morphology() {}

  /** Returns the maximum (dilation) over a {@code kw x kh} rectangle centred on each pixel. */
  static float[] dilate(float[] in, int w, int h, int kw, int kh) {
    return pass(pass(in, w, h, kw, true, true), w, h, kh, false, true);
  }

  /** Returns the minimum (erosion) over a {@code kw x kh} rectangle centred on each pixel. */
  static float[] erode(float[] in, int w, int h, int kw, int kh) {
    return pass(pass(in, w, h, kw, true, false), w, h, kh, false, false);
  }

  /** Returns the closing: dilation, then erosion. */
  static float[] close(float[] in, int w, int h, int kw, int kh) {
    return erode(dilate(in, w, h, kw, kh), w, h, kw, kh);
  }

  /** Returns the black-hat transform (closing minus the image): dark details smaller than the element. */
  static float[] blackHat(float[] in, int w, int h, int kw, int kh) {
    float[] closed = close(in, w, h, kw, kh);
    for (int i = 0; i < closed.length; i++) {
      closed[i] -= in[i];
    }
    return closed;
  }

  /** Returns the absolute horizontal Scharr gradient, scaled to 0..255 by its range. */
  static float[] horizontalGradient(float[] in, int w, int h) {
    float[] out = new float[w * h];
    float max = 0;
    float min = Float.MAX_VALUE;
    for (int y = 0; y < h; y++) {
      int up = Math.max(0, y - 1) * w;
      int row = y * w;
      int down = Math.min(h - 1, y + 1) * w;
      for (int x = 0; x < w; x++) {
        int l = Math.max(0, x - 1);
        int r = Math.min(w - 1, x + 1);
        float g = Math.abs(3 * (in[up + r] - in[up + l]) + 10 * (in[row + r] - in[row + l])
            + 3 * (in[down + r] - in[down + l]));
        out[row + x] = g;
        max = Math.max(max, g);
        min = Math.min(min, g);
      }
    }
    float range = Math.max(1e-6f, max - min);
    for (int i = 0; i < out.length; i++) {
      out[i] = 255 * (out[i] - min) / range;
    }
    return out;
  }

  /** Returns Otsu's threshold of values in 0..255. */
  static float otsu(float[] values) {
    int[] histogram = new int[256];
    for (float v : values) {
      histogram[Math.max(0, Math.min(255, (int) v))]++;
    }
    long total = values.length;
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * histogram[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int threshold = 0;
    for (int t = 0; t < 256; t++) {
      below += histogram[t];
      if (below == 0 || below == total) {
        continue;
      }
      sumBelow += (double) t * histogram[t];
      double meanBelow = sumBelow / below;
      double meanAbove = (sum - sumBelow) / (total - below);
      double between = (double) below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold + 0.5f;
  }

  private static float[] pass(float[] in, int w, int h, int k, boolean horizontal, boolean max) {
    float[] out = new float[in.length];
    int half = k / 2;
    int lines = horizontal ? h : w;
    int length = horizontal ? w : h;
    int step = horizontal ? 1 : w;
    for (int line = 0; line < lines; line++) {
      int base = horizontal ? line * w : line;
      for (int i = 0; i < length; i++) {
        int from = Math.max(0, i - half);
        int to = Math.min(length - 1, i - half + k - 1);
        float best = in[base + from * step];
        for (int j = from + 1; j <= to; j++) {
          float v = in[base + j * step];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        out[base + i * step] = best;
      }
    }
    return out;
  }
}
