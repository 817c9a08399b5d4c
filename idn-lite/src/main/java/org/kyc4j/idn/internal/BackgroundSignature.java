package org.kyc4j.idn.internal;

import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceRegion;

/**
 * A compact descriptor of a selfie's background: the frame is cut into a 4 x 4 grid and each cell
 * gives its mean red, green and blue (each / 255, so in [0, 1]) over the pixels outside the masked
 * person, 48 values row by row. The mask covers the face box widened by half its width on each side,
 * from 60% of its height above it down to the bottom of the frame (hair, neck and shoulders). A
 * cell wholly under the mask takes the mean of the whole visible background. No signature is made
 * when less than 10% of the frame is visible or when the background is too plain to tell rooms apart
 * (standard deviation of the 48 values below 0.02). Stateless.
 */
public final class BackgroundSignature {
  /** The number of values of a signature. */
  public static final int LENGTH = 48;
  private static final int GRID = 4;
  private static final double MIN_VISIBLE = 0.10;
  private static final double MIN_SPREAD = 0.02;
  private static final int MAX_SAMPLES = 1 << 16;

  private BackgroundSignature() {}

  /**
   * A computed signature, or why there is none.
   *
   * @param values the 48 values, or null
   * @param note what was measured, or why no signature was made
   */
  public record Result(float[] values, String note) {}

  /** Computes the signature of a frame with the face at {@code face} (clipped to the frame). */
  public static Result of(RgbImage frame, FaceRegion face) {
    int w = frame.width();
    int h = frame.height();
    int maskLeft = face.x() - face.width() / 2;
    int maskRight = face.x() + face.width() + face.width() / 2;
    int maskTop = face.y() - face.height() * 3 / 5;
    int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / MAX_SAMPLES)));
    double[] sums = new double[LENGTH];
    int[] counts = new int[GRID * GRID];
    int visited = 0;
    for (int y = step / 2; y < h; y += step) {
      for (int x = step / 2; x < w; x += step) {
        visited++;
        if (x >= maskLeft && x < maskRight && y >= maskTop) {
          continue;
        }
        int cell = (y * GRID / h) * GRID + x * GRID / w;
        int rgb = frame.rgb(x, y);
        sums[cell * 3] += (rgb >> 16) & 0xFF;
        sums[cell * 3 + 1] += (rgb >> 8) & 0xFF;
        sums[cell * 3 + 2] += rgb & 0xFF;
        counts[cell]++;
      }
    }
    return summarise(sums, counts, visited);
  }

  private static Result summarise(double[] sums, int[] counts, int visited) {
    double[] total = new double[3];
    int seen = 0;
    for (int cell = 0; cell < counts.length; cell++) {
      seen += counts[cell];
      for (int c = 0; c < 3; c++) {
        total[c] += sums[cell * 3 + c];
      }
    }
    double visible = visited == 0 ? 0 : (double) seen / visited;
    if (visible < MIN_VISIBLE) {
      return new Result(null, String.format(java.util.Locale.ROOT,
          "not computed: %.0f%% of the frame lies outside the masked person, less than %.0f%%", visible * 100,
          MIN_VISIBLE * 100));
    }
    float[] values = new float[LENGTH];
    for (int cell = 0; cell < counts.length; cell++) {
      for (int c = 0; c < 3; c++) {
        double mean = counts[cell] > 0 ? sums[cell * 3 + c] / counts[cell] : total[c] / seen;
        values[cell * 3 + c] = (float) Math.min(1, Math.max(0, mean / 255));
      }
    }
    double spread = deviation(values);
    if (spread < MIN_SPREAD) {
      return new Result(null, String.format(java.util.Locale.ROOT,
          "not computed: the background is too plain to compare (spread %.3f, below %.2f)", spread, MIN_SPREAD));
    }
    return new Result(values, String.format(java.util.Locale.ROOT, "4x4 RGB grid of %.0f%% visible background, "
        + "spread %.3f", visible * 100, spread));
  }

  private static double deviation(float[] values) {
    double mean = 0;
    for (float v : values) {
      mean += v;
    }
    mean /= values.length;
    double sum = 0;
    for (float v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / values.length);
  }
}
