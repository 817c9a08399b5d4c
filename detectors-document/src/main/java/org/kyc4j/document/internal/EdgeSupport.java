package org.kyc4j.document.internal;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * How much of a quad's outline lies on edges: points sampled along each side's middle 90% are
 * looked up in the edge map widened by two pixels. Sides along the photo's border (a cut-off
 * card's) are left out. Immutable after construction; not shared between threads.
 */
public final class EdgeSupport {
  private static final int SAMPLES = 60;
  private final byte[] edges;
  private final int width;
  private final int height;

  /** Copies the edge map, widened by two pixels, out of {@code edgeMap}. */
  public EdgeSupport(Mat edgeMap) {
    Mat wide = new Mat();
    Imgproc.dilate(edgeMap, wide, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(5, 5)));
    width = wide.cols();
    height = wide.rows();
    edges = new byte[width * height];
    wide.get(0, 0, edges);
    wide.release();
  }

  /**
   * Returns the mean share of sampled points on an edge over the sides not lying along the border,
   * or 0 when a counted side has less than {@code minSide} of its points on an edge.
   */
  public double of(double[] quad, double borderBand, double minSide) {
    double sum = 0;
    int counted = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      if (alongBorder(quad[2 * i], quad[2 * i + 1], quad[2 * j], quad[2 * j + 1], borderBand)) {
        continue;
      }
      double share = side(quad[2 * i], quad[2 * i + 1], quad[2 * j], quad[2 * j + 1]);
      if (share < minSide) {
        return 0;
      }
      sum += share;
      counted++;
    }
    return counted < 2 ? 0 : sum / counted;
  }

  private boolean alongBorder(double x1, double y1, double x2, double y2, double band) {
    return (x1 < band && x2 < band) || (y1 < band && y2 < band) || (x1 > width - 1 - band && x2 > width - 1 - band)
        || (y1 > height - 1 - band && y2 > height - 1 - band);
  }

  private double side(double x1, double y1, double x2, double y2) {
    int on = 0;
    for (int k = 0; k < SAMPLES; k++) {
      double t = 0.05 + 0.9 * k / (SAMPLES - 1);
      int x = (int) Math.round(x1 + t * (x2 - x1));
      int y = (int) Math.round(y1 + t * (y2 - y1));
      if (x >= 0 && y >= 0 && x < width && y < height && edges[y * width + x] != 0) {
        on++;
      }
    }
    return on / (double) SAMPLES;
  }

  /**
   * Returns the mean share of edge points on the sides' extensions just beyond the corners (3 to
   * 12% of the side's length): a document's edges stop at its corners, lines of clutter run on.
   */
  public double overshoot(double[] quad) {
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + 1) % 4;
      double x1 = quad[2 * i];
      double y1 = quad[2 * i + 1];
      double dx = quad[2 * j] - x1;
      double dy = quad[2 * j + 1] - y1;
      sum += side(x1 + 1.03 * dx, y1 + 1.03 * dy, x1 + 1.12 * dx, y1 + 1.12 * dy)
          + side(x1 - 0.03 * dx, y1 - 0.03 * dy, x1 - 0.12 * dx, y1 - 0.12 * dy);
    }
    return sum / 8;
  }
}
