package org.kyc4j.spi;

import java.util.Locale;

/**
 * Where a document lies in a photo: its four corners in pixels of the decoded (upright) photo,
 * clockwise from the document's own upright top-left corner, so that a card lying turned by 90
 * degrees starts at whichever photo corner its top-left is. Corners may lie a little outside the
 * photo when the document runs off it. Immutable.
 *
 * @param x1 top-left x
 * @param y1 top-left y
 * @param x2 top-right x
 * @param y2 top-right y
 * @param x3 bottom-right x
 * @param y3 bottom-right y
 * @param x4 bottom-left x
 * @param y4 bottom-left y
 */
public record DocumentQuad(double x1, double y1, double x2, double y2, double x3, double y3, double x4,
    double y4) {
  /** Checks that every coordinate is finite. */
  public DocumentQuad {
    double[] all = {x1, y1, x2, y2, x3, y3, x4, y4};
    for (double v : all) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("document quad coordinates must be finite: " + format(all));
      }
    }
  }

  /** Returns the quad from {@code x1 y1 ... x4 y4}, eight numbers. */
  public static DocumentQuad of(double... xy) {
    if (xy.length != 8) {
      throw new IllegalArgumentException("a document quad has 8 coordinates, got " + xy.length);
    }
    return new DocumentQuad(xy[0], xy[1], xy[2], xy[3], xy[4], xy[5], xy[6], xy[7]);
  }

  /** Returns the coordinates as {@code x1 y1 x2 y2 x3 y3 x4 y4}. */
  public double[] coordinates() {
    return new double[] {x1, y1, x2, y2, x3, y3, x4, y4};
  }

  /** Returns the mean length of the two diagonals, the scale a corner error is measured against. */
  public double diagonal() {
    return (Math.hypot(x3 - x1, y3 - y1) + Math.hypot(x4 - x2, y4 - y2)) / 2;
  }

  /** Returns {@code x1 y1 x2 y2 x3 y3 x4 y4} rounded to whole pixels, the command line's form. */
  public String toPixels() {
    return format(coordinates());
  }

  private static String format(double[] values) {
    StringBuilder text = new StringBuilder();
    for (double v : values) {
      text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", v));
    }
    return text.toString();
  }
}
