package org.kyc4j.liveness;

/**
 * The sensor-noise cue of one frame: the share of non-edge pixels whose 3x3 high-pass residual
 * reaches {@link #RESIDUAL} grey levels. A camera frame carries sensor noise and fine texture almost
 * everywhere; a frame rendered by a computer (flat fills, gradients, shapes, text), even after JPEG
 * encoding, has a residual only along its edges, gradient steps and compression ringing. The
 * residual is Immerkaer's noise operator (the 3x3 mask 1 -2 1 / -2 4 -2 / 1 -2 1), which is zero on
 * flat areas and on any purely horizontal or vertical ramp; pixels whose Sobel gradient exceeds
 * {@link #EDGE} are left out. Stateless and thread-safe.
 */
final class FineGrain {
  /** Sobel gradient magnitude (grey levels) above which a pixel counts as an edge. */
  static final double EDGE = 40;
  /** The high-pass residual (grey levels) from which a pixel counts as fine grain. */
  static final double RESIDUAL = 2;
  /** At most about this many pixels are evaluated per frame; larger frames are sampled by rows. */
  static final long MAX_EVALUATED = 1L << 20;
  /** A frame with fewer non-edge pixels than this share of the evaluated ones is not measured. */
  static final double MIN_NON_EDGE_SHARE = 0.01;

  private FineGrain() {}

  /**
   * Returns the fine-grain share of a luma raster in 0..1, or {@code NaN} when it cannot be measured
   * (smaller than 3x3, or almost every pixel an edge).
   */
  static double share(float[] luma, int width, int height) {
    if (width < 3 || height < 3) {
      return Double.NaN;
    }
    long interior = (long) (width - 2) * (height - 2);
    int rowStep = (int) Math.max(1, (interior + MAX_EVALUATED - 1) / MAX_EVALUATED);
    long evaluated = 0;
    long nonEdge = 0;
    long fine = 0;
    for (int y = 1; y < height - 1; y += rowStep) {
      for (int x = 1; x < width - 1; x++) {
        evaluated++;
        int i = y * width + x;
        if (isEdge(luma, i, width)) {
          continue;
        }
        nonEdge++;
        if (Math.abs(residual(luma, i, width)) >= RESIDUAL) {
          fine++;
        }
      }
    }
    if (nonEdge == 0 || nonEdge < MIN_NON_EDGE_SHARE * evaluated) {
      return Double.NaN;
    }
    return (double) fine / nonEdge;
  }

  private static boolean isEdge(float[] l, int i, int w) {
    float gx = (l[i - w + 1] + 2 * l[i + 1] + l[i + w + 1]) - (l[i - w - 1] + 2 * l[i - 1] + l[i + w - 1]);
    float gy = (l[i + w - 1] + 2 * l[i + w] + l[i + w + 1]) - (l[i - w - 1] + 2 * l[i - w] + l[i - w + 1]);
    return gx * gx + gy * gy > EDGE * EDGE;
  }

  private static float residual(float[] l, int i, int w) {
    return l[i - w - 1] - 2 * l[i - w] + l[i - w + 1]
        - 2 * l[i - 1] + 4 * l[i] - 2 * l[i + 1]
        + l[i + w - 1] - 2 * l[i + w] + l[i + w + 1];
  }
}
