package org.kyc4j.liveness.quality;

import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FrameFaces;

/**
 * Takes the face-quality measures of one face in pure Java on the frame's pixels: size, pose and the mesh's
 * face score from the face reading; exposure, sharpness, eye and mouth texture on the face; edge density of
 * the background; the longest straight edge around the face. Every pixel measure runs on a grid of fixed
 * size in face units (area-averaged), so its value does not depend on the face's pixel size, and costs about
 * a millisecond. Stateless and thread-safe.
 */
public final class FaceQualityMeasures {
  /** Grid side of the inner face for exposure and sharpness. */
  static final int FACE_GRID = 64;
  /** Face width, in grid cells, of the background and border grids. */
  static final double BACKGROUND_FACE_CELLS = 48;
  /** Gradient (luma per cell) above which a background cell counts as an edge. */
  static final double BACKGROUND_EDGE = 8;
  /** Fewest background cells a background measure needs. */
  static final int MIN_BACKGROUND_CELLS = 150;
  /** MediaPipe mesh points at the middle of the subject's right and left cheeks. */
  static final int RIGHT_CHEEK = 50;
  static final int LEFT_CHEEK = 280;

  private FaceQualityMeasures() {}

  /**
   * Measures the subject of {@code frame} in {@code image}.
   *
   * @throws IllegalArgumentException if the frame has no subject
   */
  public static FaceQualityReading measure(RgbImage image, FrameFaces frame) {
    FaceBox box = frame.subject().orElseThrow(() -> new IllegalArgumentException("the frame has no face"));
    return measure(image, box, frame.landmarks().orElse(null), frame.geometry().orElse(null));
  }

  /**
   * Measures one face; {@code landmarks} and {@code geometry} may be null, and the measures that need them
   * are then {@code NaN}.
   */
  public static FaceQualityReading measure(RgbImage image, FaceBox box, FaceLandmarks landmarks,
      FaceGeometry geometry) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(box, "box");
    LumaPlane plane = new LumaPlane(image, box.centreX() - 1.6 * box.width(), box.centreY() - 1.5 * box.height(),
        box.centreX() + 1.6 * box.width(), box.centreY() + 1.5 * box.height());
    LumaPlane.Grid inner = plane.resample(box.x() + 0.15 * box.width(), box.y() + 0.1 * box.height(),
        0.7 * box.width(), 0.8 * box.height(), FACE_GRID, FACE_GRID);
    double[] clipped = clipped(plane, box);
    double[] regions = geometry == null || landmarks == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
        : FaceRegions.measure(plane, landmarks, geometry);
    double nan = Double.NaN;
    return new FaceQualityReading(
        geometry == null ? nan : geometry.eyeDistance(), box.width(),
        landmarks == null ? nan : landmarks.faceScore(),
        geometry == null ? nan : Math.abs(geometry.yaw()),
        geometry == null ? nan : Math.abs(geometry.pitch() - FaceQualityPolicy.PITCH_BIAS),
        geometry == null ? nan : Math.abs(geometry.roll()),
        inner == null ? nan : inner.mean(), clipped[0], clipped[1], inner == null ? nan : sharpness(inner),
        regions[0], regions[1], regions[2], background(plane, box), StraightEdges.enclosure(plane, box));
  }

  /** Shares of inner-face pixels (point samples on a 48 x 48 grid) at luma 16 or below, and 245 or above. */
  static double[] clipped(LumaPlane plane, FaceBox box) {
    int dark = 0;
    int bright = 0;
    int n = 48;
    for (int j = 0; j < n; j++) {
      int y = (int) (box.y() + box.height() * (0.1 + 0.8 * (j + 0.5) / n));
      for (int i = 0; i < n; i++) {
        int x = (int) (box.x() + box.width() * (0.15 + 0.7 * (i + 0.5) / n));
        float v = plane.at(x, y);
        dark += v <= 16 ? 1 : 0;
        bright += v >= 245 ? 1 : 0;
      }
    }
    return new double[] {dark / (double) (n * n), bright / (double) (n * n)};
  }

  /**
   * Blur-the-blur sharpness (after Crete-Roffet et al. 2007): the RMS 4-neighbour Laplacian of the grid over
   * that of the grid smoothed once more by a [1 2 1] / 4 kernel. Smoothing a sharp face removes much of its
   * fine detail and a blurred one's little, so the ratio falls towards 1 with blur, whatever the contrast.
   */
  static double sharpness(LumaPlane.Grid grid) {
    int w = grid.width();
    int h = grid.height();
    float[] smooth = new float[w * h];
    float[] row = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        row[y * w + x] = (grid.at(Math.max(0, x - 1), y) + 2 * grid.at(x, y) + grid.at(Math.min(w - 1, x + 1), y)) / 4;
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        smooth[y * w + x] = (row[Math.max(0, y - 1) * w + x] + 2 * row[y * w + x] + row[Math.min(h - 1, y + 1) * w + x]) / 4;
      }
    }
    return laplacian(grid.cells(), w, h) / (laplacian(smooth, w, h) + 0.05);
  }

  /** RMS of the 4-neighbour Laplacian over the cells at least two from the edge. */
  private static double laplacian(float[] cells, int w, int h) {
    double sum = 0;
    int n = 0;
    for (int y = 2; y < h - 2; y++) {
      for (int x = 2; x < w - 2; x++) {
        double lap = 4 * cells[y * w + x] - cells[y * w + x - 1] - cells[y * w + x + 1] - cells[(y - 1) * w + x]
            - cells[(y + 1) * w + x];
        sum += lap * lap;
        n++;
      }
    }
    return Math.sqrt(sum / n);
  }

  /**
   * Share of edge cells in the background: the band 1.6 face widths either side of the face centre, from one
   * face height above the box down to its bottom, outside the face, its hair and ears (the box widened by
   * 0.15 widths each side, from 0.45 heights above it down). NaN with fewer than 150 background cells.
   */
  static double background(LumaPlane plane, FaceBox box) {
    double w = box.width();
    double h = box.height();
    LumaPlane.Grid grid = plane.resampleAtScale(box.centreX() - 1.6 * w, box.y() - h, 3.2 * w, 2 * h,
        BACKGROUND_FACE_CELLS / w);
    if (grid == null) {
      return Double.NaN;
    }
    int edges = 0;
    int cells = 0;
    for (int y = 1; y < grid.height() - 1; y++) {
      for (int x = 1; x < grid.width() - 1; x++) {
        double ix = grid.imageX(x);
        double iy = grid.imageY(y);
        if (ix > box.x() - 0.15 * w && ix < box.x() + 1.15 * w && iy > box.y() - 0.45 * h) {
          continue;
        }
        cells++;
        edges += grid.gradient(x, y) > BACKGROUND_EDGE ? 1 : 0;
      }
    }
    return cells < MIN_BACKGROUND_CELLS ? Double.NaN : edges / (double) cells;
  }
}
