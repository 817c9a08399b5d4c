package org.kyc4j.document.internal;

/**
 * Turns a cut-out MRZ band into the raster Tesseract reads: rotated upright about its centre
 * (bilinear, white outside) and stretched so that the darkest percent is black and the brightest
 * percent white. Stateless; not part of the API.
 */
final class BandRaster {
  private BandRaster() {}

  static MrzBand.Band upright(Plane plane, double angle) {
    int w = plane.width();
    int h = plane.height();
    float[] rotated = new float[w * h];
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double cx = (w - 1) / 2.0;
    double cy = (h - 1) / 2.0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double dx = x - cx;
        double dy = y - cy;
        double sx = cx + dx * cos - dy * sin;
        double sy = cy + dx * sin + dy * cos;
        rotated[y * w + x] = sample(plane, sx, sy);
      }
    }
    return stretched(rotated, w, h);
  }

  private static float sample(Plane plane, double x, double y) {
    if (x < 0 || y < 0 || x > plane.width() - 1 || y > plane.height() - 1) {
      return 255;
    }
    int x0 = (int) x;
    int y0 = (int) y;
    int x1 = Math.min(plane.width() - 1, x0 + 1);
    int y1 = Math.min(plane.height() - 1, y0 + 1);
    double fx = x - x0;
    double fy = y - y0;
    double top = plane.get(x0, y0) * (1 - fx) + plane.get(x1, y0) * fx;
    double bottom = plane.get(x0, y1) * (1 - fx) + plane.get(x1, y1) * fx;
    return (float) (top * (1 - fy) + bottom * fy);
  }

  private static MrzBand.Band stretched(float[] v, int w, int h) {
    int[] histogram = new int[256];
    for (float f : v) {
      histogram[Math.max(0, Math.min(255, (int) f))]++;
    }
    int low = percentile(histogram, v.length / 100);
    int high = percentile(histogram, v.length - v.length / 100);
    float range = Math.max(1, high - low);
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.max(0, Math.min(255, Math.round(255 * (v[i] - low) / range)));
    }
    return new MrzBand.Band(out, w, h);
  }

  private static int percentile(int[] histogram, int rank) {
    int seen = 0;
    for (int i = 0; i < 256; i++) {
      seen += histogram[i];
      if (seen > rank) {
        return i;
      }
    }
    return 255;
  }
}
