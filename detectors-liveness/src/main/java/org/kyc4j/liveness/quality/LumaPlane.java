package org.kyc4j.liveness.quality;

import org.kyc4j.api.RgbImage;

/**
 * The luma (BT.601) of one image region (in image coordinates) with its summed-area table, so that any rectangle can be resampled to a
 * fixed grid by exact area averaging in time proportional to the grid, whatever the face size. Hand-written
 * because the measures need only this and a dependency for it would outweigh it. Immutable once built.
 */
final class LumaPlane {
  private final int left;
  private final int top;
  private final int width;
  private final int height;
  private final float[] luma;
  private final double[] sums;

  /** The plane of the whole image. */
  LumaPlane(RgbImage image) {
    this(image, 0, 0, image.width(), image.height());
  }

  /** The plane of the pixels [x0, x1) x [y0, y1), clipped to the image and at least one pixel. */
  LumaPlane(RgbImage image, double x0, double y0, double x1, double y1) {
    this.left = (int) Math.max(0, Math.min(image.width() - 1, Math.floor(x0)));
    this.top = (int) Math.max(0, Math.min(image.height() - 1, Math.floor(y0)));
    this.width = (int) Math.max(1, Math.min(image.width(), Math.ceil(x1)) - left);
    this.height = (int) Math.max(1, Math.min(image.height(), Math.ceil(y1)) - top);
    this.luma = new float[width * height];
    this.sums = new double[(width + 1) * (height + 1)];
    for (int y = 0; y < height; y++) {
      double row = 0;
      for (int x = 0; x < width; x++) {
        int p = image.rgb(left + x, top + y);
        luma[y * width + x] = 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
        row += luma[y * width + x];
        sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
      }
    }
  }

  /** Image x of the plane's left edge. */
  int left() {
    return left;
  }

  /** Image y of the plane's top edge. */
  int top() {
    return top;
  }

  /** Image x just past the plane's right edge. */
  int right() {
    return left + width;
  }

  /** Image y just past the plane's bottom edge. */
  int bottom() {
    return top + height;
  }

  /** The luma of image pixel (x, y), clamped to the plane. */
  float at(int x, int y) {
    return luma[clamp(y - top, height - 1) * width + clamp(x - left, width - 1)];
  }

  /**
   * Resamples the rectangle (x0, y0, w, h), clipped to the image, onto a gw x gh grid: each cell is the
   * mean luma of its area. Returns null when the clipped rectangle is empty.
   */
  Grid resample(double x0, double y0, double w, double h, int gw, int gh) {
    double gl = Math.max(left, x0);
    double gt = Math.max(top, y0);
    double gr = Math.min(right(), x0 + w);
    double gb = Math.min(bottom(), y0 + h);
    if (gr - gl < 1 || gb - gt < 1) {
      return null;
    }
    double cw = (gr - gl) / gw;
    double ch = (gb - gt) / gh;
    float[] cells = new float[gw * gh];
    for (int j = 0; j < gh; j++) {
      double ya = gt - top + j * ch;
      for (int i = 0; i < gw; i++) {
        double xa = gl - left + i * cw;
        cells[j * gw + i] = (float) (area(xa, ya, xa + cw, ya + ch) / (cw * ch));
      }
    }
    return new Grid(gw, gh, cells, gl, gt, cw, ch);
  }

  /**
   * Resamples the rectangle, clipped to the image, so that one cell spans {@code 1 / scale} image pixels
   * (at least 3 x 3 cells). Returns null when the clipped rectangle is empty.
   */
  Grid resampleAtScale(double x0, double y0, double w, double h, double scale) {
    double cw = Math.min(right(), x0 + w) - Math.max(left, x0);
    double ch = Math.min(bottom(), y0 + h) - Math.max(top, y0);
    if (cw < 1 || ch < 1) {
      return null;
    }
    return resample(x0, y0, w, h, Math.max(3, (int) Math.round(cw * scale)), Math.max(3, (int) Math.round(ch * scale)));
  }

  /** The luma integrated over plane coordinates [xa, xb) x [ya, yb), bilinear in the summed-area table. */
  private double area(double xa, double ya, double xb, double yb) {
    return integral(xb, yb) - integral(xa, yb) - integral(xb, ya) + integral(xa, ya);
  }

  private double integral(double x, double y) {
    int ix = Math.min((int) x, width - 1);
    int iy = Math.min((int) y, height - 1);
    double fx = x - ix;
    double fy = y - iy;
    int stride = width + 1;
    double a = sums[iy * stride + ix];
    double b = sums[iy * stride + ix + 1];
    double c = sums[(iy + 1) * stride + ix];
    double d = sums[(iy + 1) * stride + ix + 1];
    return a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + d * fx * fy;
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }

  /**
   * A resampled rectangle: gw x gh mean-luma cells, and where the grid lies in the image (its top-left
   * corner and cell size in image pixels).
   */
  record Grid(int width, int height, float[] cells, double left, double top, double cellWidth, double cellHeight) {
    float at(int x, int y) {
      return cells[y * width + x];
    }

    /** Image x of the centre of column i. */
    double imageX(int i) {
      return left + (i + 0.5) * cellWidth;
    }

    /** Image y of the centre of row j. */
    double imageY(int j) {
      return top + (j + 0.5) * cellHeight;
    }

    double mean() {
      double sum = 0;
      for (float v : cells) {
        sum += v;
      }
      return sum / cells.length;
    }

    double std() {
      double mean = mean();
      double sum = 0;
      for (float v : cells) {
        sum += (v - mean) * (v - mean);
      }
      return Math.sqrt(sum / cells.length);
    }

    /** Gradient magnitude (central differences) of interior cell (x, y). */
    double gradient(int x, int y) {
      double gx = (at(x + 1, y) - at(x - 1, y)) / 2.0;
      double gy = (at(x, y + 1) - at(x, y - 1)) / 2.0;
      return Math.hypot(gx, gy);
    }

    /** Mean gradient magnitude over the interior cells. */
    double meanGradient() {
      double sum = 0;
      int n = 0;
      for (int y = 1; y < height - 1; y++) {
        for (int x = 1; x < width - 1; x++) {
          sum += gradient(x, y);
          n++;
        }
      }
      return n == 0 ? 0 : sum / n;
    }
  }
}
