package org.kyc4j.document.internal;

/** Focus measures on a luma plane. Stateless; not part of the API. */
public final class Sharpness {
  private Sharpness() {}

  /**
   * Returns the variance of the 4-neighbour Laplacian over the interior of the plane: high for
   * crisp edges, near zero for a blurred or flat image; 0 for planes narrower than 3 pixels.
   */
  public static double laplacianVariance(Plane luma) {
    int w = luma.width();
    int h = luma.height();
    if (w < 3 || h < 3) {
      return 0;
    }
    double sum = 0;
    double sumOfSquares = 0;
    for (int y = 1; y < h - 1; y++) {
      int row = y * w;
      for (int x = 1; x < w - 1; x++) {
        int i = row + x;
        double laplacian = luma.at(i - 1) + luma.at(i + 1) + luma.at(i - w) + luma.at(i + w) - 4.0 * luma.at(i);
        sum += laplacian;
        sumOfSquares += laplacian * laplacian;
      }
    }
    double n = (double) (w - 2) * (h - 2);
    double mean = sum / n;
    return Math.max(0, sumOfSquares / n - mean * mean);
  }
}
