package org.kyc4j.testing;

/**
 * An axis-aligned box on a synthetic card's own upright raster, in pixels of that raster. Immutable.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, at least 1
 * @param height height, at least 1
 */
public record CardBox(int x, int y, int width, int height) {
  /** Checks that the box is not empty and starts at non-negative coordinates. */
  public CardBox {
    if (x < 0 || y < 0 || width < 1 || height < 1) {
      throw new IllegalArgumentException("card box (x " + x + ", y " + y + ", width " + width + ", height "
          + height + ") must start at x, y >= 0 and have width, height >= 1");
    }
  }

  /** Returns the centre's x. */
  public double centerX() {
    return x + width / 2.0;
  }

  /** Returns the centre's y. */
  public double centerY() {
    return y + height / 2.0;
  }
}
