package org.kyc4j.document.internal;

import java.util.Objects;
import org.kyc4j.api.RgbImage;

/**
 * One channel of an image as floats (0..255), resampled so that measurements do not depend on
 * the capture resolution. Immutable after construction; not part of the API.
 */
public final class Plane {
  /** Which value of an RGB pixel a plane holds. */
  public enum Channel {
    /** ITU-R BT.601 luma. */
    LUMA,
    /** The smallest of R, G and B: high only where a pixel is bright in every channel (white). */
    WHITENESS,
    /**
     * 255 where a pixel has a skin colour (ITU-R BT.601 chroma Cb 77..127 and Cr 133..173, the
     * range of Chai and Ngan, with luma 40..245), else 0; area-averaged, the share of skin pixels.
     */
    SKIN;

    float of(int rgb) {
      int r = (rgb >> 16) & 0xFF;
      int g = (rgb >> 8) & 0xFF;
      int b = rgb & 0xFF;
      return switch (this) {
        case LUMA -> 0.299f * r + 0.587f * g + 0.114f * b;
        case WHITENESS -> Math.min(r, Math.min(g, b));
        case SKIN -> skin(r, g, b) ? 255f : 0f;
      };
    }

    private static boolean skin(int r, int g, int b) {
      double y = 0.299 * r + 0.587 * g + 0.114 * b;
      double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
      double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
      return y >= 40 && y <= 245 && cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
    }
  }

  private final int width;
  private final int height;
  private final float[] values;

  Plane(int width, int height, float[] values) {
    if (width <= 0 || height <= 0 || values.length != width * height) {
      throw new IllegalArgumentException("plane " + width + "x" + height + " does not fit " + values.length
          + " values");
    }
    this.width = width;
    this.height = height;
    this.values = values;
  }

  /**
   * Returns a channel of {@code image}, area-averaged down so that its long side is at most
   * {@code maxLongSide}; smaller images keep their size. Reads every pixel once and never holds
   * a full-resolution copy.
   */
  public static Plane of(RgbImage image, Channel channel, int maxLongSide) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(channel, "channel");
    int w = image.width();
    int h = image.height();
    double scale = Math.min(1.0, (double) maxLongSide / Math.max(w, h));
    int nw = Math.max(1, (int) Math.round(w * scale));
    int nh = Math.max(1, (int) Math.round(h * scale));
    AreaResampler columns = new AreaResampler(w, nw);
    AreaResampler rows = new AreaResampler(h, nh);
    float[] row = new float[w];
    float[] narrow = new float[nw * h];
    float[] narrowRow = new float[nw];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        row[x] = channel.of(image.rgb(x, y));
      }
      columns.resample(row, 0, 1, narrowRow, 0, 1);
      System.arraycopy(narrowRow, 0, narrow, y * nw, nw);
    }
    float[] out = new float[nw * nh];
    for (int x = 0; x < nw; x++) {
      rows.resample(narrow, x, nw, out, x, nw);
    }
    return new Plane(nw, nh, out);
  }

  /** Returns this plane bilinearly enlarged to the given long side, or this plane if it is not smaller. */
  public Plane enlargedTo(int longSide) {
    if (Math.max(width, height) >= longSide) {
      return this;
    }
    double scale = (double) longSide / Math.max(width, height);
    int nw = Math.max(1, (int) Math.round(width * scale));
    int nh = Math.max(1, (int) Math.round(height * scale));
    float[] out = new float[nw * nh];
    for (int y = 0; y < nh; y++) {
      double sy = Math.min(height - 1, Math.max(0, (y + 0.5) * height / nh - 0.5));
      int y0 = (int) sy;
      int y1 = Math.min(height - 1, y0 + 1);
      double fy = sy - y0;
      for (int x = 0; x < nw; x++) {
        double sx = Math.min(width - 1, Math.max(0, (x + 0.5) * width / nw - 0.5));
        int x0 = (int) sx;
        int x1 = Math.min(width - 1, x0 + 1);
        double fx = sx - x0;
        double top = values[y0 * width + x0] * (1 - fx) + values[y0 * width + x1] * fx;
        double bottom = values[y1 * width + x0] * (1 - fx) + values[y1 * width + x1] * fx;
        out[y * nw + x] = (float) (top * (1 - fy) + bottom * fy);
      }
    }
    return new Plane(nw, nh, out);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Returns the value at column {@code x}, row {@code y}. */
  public float get(int x, int y) {
    return values[y * width + x];
  }

  /** Returns the value at a row-major index. */
  float at(int index) {
    return values[index];
  }

  /** Returns the number of values. */
  public int size() {
    return values.length;
  }

  @Override
  public String toString() {
    return "Plane[" + width + "x" + height + "]";
  }
}
