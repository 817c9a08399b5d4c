package org.kyc4j.spi;

/**
 * Where the applicant's face lies in one selfie frame, in pixels of the decoded frame.
 *
 * @param frameIndex the index of the frame in the request, from 0
 * @param x the left edge
 * @param y the top edge
 * @param width the width, positive
 * @param height the height, positive
 */
public record FaceRegion(int frameIndex, int x, int y, int width, int height) {
  /** Validates that the indices are not negative and the size is positive. */
  public FaceRegion {
    if (frameIndex < 0 || x < 0 || y < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("face region frame " + frameIndex + " at " + x + "," + y + " size "
          + width + "x" + height + "; allowed: non-negative frame and corner, positive size");
    }
  }
}
