package org.kyc4j.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kyc4j.api.RgbImage;

/**
 * Finds candidate MRZ bands in a photo the way open MRZ readers do (black-hat morphology to keep
 * dark print, a horizontal gradient, closing, Otsu, a second closing that joins the lines, and long
 * thin components wider than five times their height), then cuts each band out deskewed and
 * enlarged for recognition. Stateless and thread-safe; not part of the API.
 */
public final class MrzBand {
  private static final int WORK_SIDE = 900;
  private static final int BAND_WIDTH = 1400;
  private static final int MAX_BANDS = 3;

  /**
   * A grey band image ready for recognition: one byte a pixel, dark text on light.
   *
   * @param grey the pixels, row-major
   * @param width the width in pixels
   * @param height the height in pixels
   */
  public record Band(byte[] grey, int width, int height) {
    /** Validates the size. */
    public Band {
      Objects.requireNonNull(grey, "grey");
      if (width <= 0 || height <= 0 || grey.length != width * height) {
        throw new IllegalArgumentException("band " + width + "x" + height + " does not fit " + grey.length
            + " bytes");
      }
    }

    /** Returns this band resampled by {@code factor} (bilinear). */
    public Band scaled(double factor) {
      int nw = Math.max(1, (int) Math.round(width * factor));
      int nh = Math.max(1, (int) Math.round(height * factor));
      byte[] out = new byte[nw * nh];
      for (int y = 0; y < nh; y++) {
        double sy = Math.min(height - 1, (y + 0.5) / factor - 0.5);
        int y0 = Math.max(0, (int) sy);
        int y1 = Math.min(height - 1, y0 + 1);
        double fy = Math.max(0, sy - y0);
        for (int x = 0; x < nw; x++) {
          double sx = Math.min(width - 1, (x + 0.5) / factor - 0.5);
          int x0 = Math.max(0, (int) sx);
          int x1 = Math.min(width - 1, x0 + 1);
          double fx = Math.max(0, sx - x0);
          double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
          double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
          out[y * nw + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
        }
      }
      return new Band(out, nw, nh);
    }

    private int at(int x, int y) {
      return grey[y * width + x] & 0xFF;
    }
  }

  private record Region(int x, int y, int w, int h, double angle, int area) {}

  private MrzBand() {}

  /** Returns up to three candidate bands, the most likely first; empty when nothing looks like an MRZ. */
  public static List<Band> find(RgbImage image) {
    Objects.requireNonNull(image, "image");
    Plane work = Plane.of(image, Plane.Channel.LUMA, WORK_SIDE);
    int w = work.width();
    int h = work.height();
    if (w < 60 || h < 20) {
      return List.of();
    }
    double scale = (double) image.width() / w;
    List<Band> bands = new ArrayList<>();
    for (Region region : regions(values(work), w, h)) {
      bands.add(cut(image, region, scale));
    }
    return bands;
  }

  /** Returns the lowest {@code share} of the image as one band: where ICAO 9303 puts the MRZ on a rectified card. */
  public static Band bottom(RgbImage image, double share) {
    int y = (int) Math.round(image.height() * (1 - share));
    return cut(image, new Region(0, y, image.width(), image.height() - y, 0, 0), 1);
  }

  private static float[] values(Plane plane) {
    float[] v = new float[plane.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = plane.at(i);
    }
    return v;
  }

  private static List<Region> regions(float[] grey, int w, int h) {
    double unit = Math.max(w, h) / 600.0;
    int rectW = odd(13 * unit);
    int rectH = odd(5 * unit);
    int square = odd(21 * unit);
    float[] hat = Morphology.blackHat(grey, w, h, rectW, rectH);
    float[] gradient = Morphology.close(Morphology.horizontalGradient(hat, w, h), w, h, rectW, rectH);
    float threshold = Morphology.otsu(gradient);
    float[] mask = new float[w * h];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = gradient[i] > threshold ? 1 : 0;
    }
    mask = Morphology.close(mask, w, h, square, square);
    mask = Morphology.erode(mask, w, h, odd(9 * unit), odd(9 * unit));
    boolean[] on = new boolean[w * h];
    for (int i = 0; i < on.length; i++) {
      on[i] = mask[i] > 0.5f;
    }
    return thinComponents(Components.label(on, w, h), w, h);
  }

  private static List<Region> thinComponents(Components components, int w, int h) {
    int n = components.count();
    double[][] m = new double[n + 1][6];
    int[][] box = new int[n + 1][];
    for (int i = 0; i < w * h; i++) {
      int label = components.labelAt(i);
      if (label == 0) {
        continue;
      }
      int x = i % w;
      int y = i / w;
      double[] s = m[label];
      s[0]++;
      s[1] += x;
      s[2] += y;
      s[3] += (double) x * x;
      s[4] += (double) y * y;
      s[5] += (double) x * y;
      int[] b = box[label];
      box[label] = b == null ? new int[] {x, y, x, y}
          : new int[] {Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)};
    }
    List<Region> regions = new ArrayList<>();
    for (int label = 1; label <= n; label++) {
      int[] b = box[label];
      int bw = b[2] - b[0] + 1;
      int bh = b[3] - b[1] + 1;
      if (bw > 5 * bh && bw >= 0.2 * w) {
        regions.add(new Region(b[0], b[1], bw, bh, angle(m[label]), components.area(label)));
      }
    }
    regions.sort(Comparator.comparingInt(Region::area).reversed());
    return regions.subList(0, Math.min(MAX_BANDS, regions.size()));
  }

  /** The orientation of the principal axis from the raw moments, in radians. */
  private static double angle(double[] s) {
    double n = s[0];
    double mx = s[1] / n;
    double my = s[2] / n;
    double xx = s[3] / n - mx * mx;
    double yy = s[4] / n - my * my;
    double xy = s[5] / n - mx * my;
    return 0.5 * Math.atan2(2 * xy, xx - yy);
  }

  private static Band cut(RgbImage image, Region region, double scale) {
    int padX = (int) Math.round(region.w() * 0.04 * scale);
    int padY = (int) Math.round((region.h() * 0.35 + Math.abs(Math.sin(region.angle())) * region.w() / 2) * scale);
    int x0 = clamp((int) Math.floor(region.x() * scale) - padX, image.width());
    int y0 = clamp((int) Math.floor(region.y() * scale) - padY, image.height());
    int x1 = clamp((int) Math.ceil((region.x() + region.w()) * scale) + padX, image.width());
    int y1 = clamp((int) Math.ceil((region.y() + region.h()) * scale) + padY, image.height());
    RgbImage crop = image.crop(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    Plane plane = Plane.of(crop, Plane.Channel.LUMA, BAND_WIDTH).enlargedTo(BAND_WIDTH);
    return BandRaster.upright(plane, region.angle());
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }

  private static int odd(double size) {
    int k = Math.max(1, (int) Math.round(size));
    return k % 2 == 0 ? k + 1 : k;
  }
}
