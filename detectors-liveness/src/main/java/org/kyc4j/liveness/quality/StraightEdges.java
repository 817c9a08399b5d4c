package org.kyc4j.liveness.quality;

import java.util.ArrayList;
import java.util.List;
import org.kyc4j.spi.FaceBox;

/**
 * The border measure: how far straight edges enclose the face, as the edges of a held photo, a phone or a
 * screen do. The ring (3 x 3 face boxes around the face, minus the box widened by 10%) is resampled to 40
 * cells per face width; edge cells vote in a Hough transform (1.5 degree bins, each cell only for the angles
 * within 6 degrees of its gradient's normal), and along the strongest lines the longest run of edge cells of
 * that orientation (gaps of up to 2 cells bridged) is measured. Each run counts for the side of the face it
 * lies on (left, right: within 30 degrees of vertical; above, below: of horizontal); the measure is the
 * longer of min(left, right) and min(above, below), so the face must sit between two opposite edges, as
 * in a frame, and one door frame or table edge alone stays low.
 * Hand-written: a line detector on a 120 x 120 grid is a few hundred lines in the libraries that have one.
 * Stateless.
 */
final class StraightEdges {
  /** Cells per face width. */
  static final double FACE_CELLS = 40;
  private static final double EDGE = 10;
  private static final int ANGLES = 120;
  private static final int SPREAD = 4;
  private static final int PEAKS = 24;
  private static final int GAP = 2;
  private static final double COS_30 = Math.cos(Math.toRadians(30));
  private static final double ORIENTATION_TOLERANCE = Math.toRadians(15);

  private StraightEdges() {}

  /** How far two opposite sides' straight edges enclose the face, in face widths (0 without such a pair). */
  static double enclosure(LumaPlane plane, FaceBox box) {
    double w = box.width();
    double h = box.height();
    LumaPlane.Grid grid = plane.resampleAtScale(box.centreX() - 1.5 * w, box.centreY() - 1.5 * h, 3 * w, 3 * h,
        FACE_CELLS / w);
    if (grid == null) {
      return 0;
    }
    float[] normal = edges(grid, box);
    int diag = (int) Math.ceil(Math.hypot(grid.width(), grid.height()));
    int[] votes = vote(grid, normal, diag);
    double[] sides = new double[4];
    for (int peak : peaks(votes, diag)) {
      double theta = Math.PI * (peak / (2 * diag + 1)) / ANGLES;
      int rho = peak % (2 * diag + 1) - diag;
      double[] run = run(grid, normal, theta, rho, diag);
      double c = Math.cos(theta);
      double s = Math.sin(theta);
      double x = grid.imageX(0) + (rho * c - run[1] * s) * grid.cellWidth();
      double y = grid.imageY(0) + (rho * s + run[1] * c) * grid.cellHeight();
      int side = side(box, Math.abs(c) > COS_30, Math.abs(s) > COS_30, x, y);
      if (side >= 0) {
        sides[side] = Math.max(sides[side], run[0]);
      }
    }
    return Math.max(Math.min(sides[0], sides[1]), Math.min(sides[2], sides[3])) * grid.cellWidth() / w;
  }

  /** 0 left, 1 right (vertical lines), 2 above, 3 below (horizontal lines), or -1. */
  private static int side(FaceBox box, boolean vertical, boolean horizontal, double x, double y) {
    if (vertical) {
      return x < box.x() ? 0 : x > box.x() + box.width() ? 1 : -1;
    }
    if (horizontal) {
      return y < box.y() ? 2 : y > box.y() + box.height() ? 3 : -1;
    }
    return -1;
  }

  /** Per cell, the angle in [0, pi) of its gradient (the edge's normal), or NaN when it is not an edge. */
  private static float[] edges(LumaPlane.Grid grid, FaceBox box) {
    float[] normal = new float[grid.width() * grid.height()];
    java.util.Arrays.fill(normal, Float.NaN);
    double w = box.width();
    double h = box.height();
    for (int y = 1; y < grid.height() - 1; y++) {
      for (int x = 1; x < grid.width() - 1; x++) {
        double ix = grid.imageX(x);
        double iy = grid.imageY(y);
        if (ix > box.x() - 0.1 * w && ix < box.x() + 1.1 * w && iy > box.y() - 0.1 * h && iy < box.y() + 1.1 * h) {
          continue;
        }
        double gx = (grid.at(x + 1, y) - grid.at(x - 1, y)) / 2.0;
        double gy = (grid.at(x, y + 1) - grid.at(x, y - 1)) / 2.0;
        if (Math.hypot(gx, gy) > EDGE) {
          double a = Math.atan2(gy, gx);
          normal[y * grid.width() + x] = (float) (a < 0 ? a + Math.PI : a >= Math.PI ? a - Math.PI : a);
        }
      }
    }
    return normal;
  }

  private static int[] vote(LumaPlane.Grid grid, float[] normal, int diag) {
    int span = 2 * diag + 1;
    int[] votes = new int[ANGLES * span];
    for (int y = 0; y < grid.height(); y++) {
      for (int x = 0; x < grid.width(); x++) {
        float a = normal[y * grid.width() + x];
        if (Float.isNaN(a)) {
          continue;
        }
        int centre = (int) Math.round(a / Math.PI * ANGLES);
        for (int k = centre - SPREAD; k <= centre + SPREAD; k++) {
          int bin = Math.floorMod(k, ANGLES);
          double theta = Math.PI * bin / ANGLES;
          int rho = (int) Math.round(x * Math.cos(theta) + y * Math.sin(theta));
          votes[bin * span + rho + diag]++;
        }
      }
    }
    return votes;
  }

  /** The strongest accumulator cells, at least 5 votes, each at least 7 bins and 5 cells from a stronger one. */
  private static List<Integer> peaks(int[] votes, int diag) {
    int span = 2 * diag + 1;
    List<Integer> peaks = new ArrayList<>();
    int[] left = votes.clone();
    for (int p = 0; p < PEAKS; p++) {
      int top = 0;
      for (int i = 1; i < left.length; i++) {
        top = left[i] > left[top] ? i : top;
      }
      if (left[top] < 5) {
        break;
      }
      peaks.add(top);
      int bin = top / span;
      int rho = top % span;
      for (int b = bin - 6; b <= bin + 6; b++) {
        for (int r = Math.max(0, rho - 4); r <= Math.min(span - 1, rho + 4); r++) {
          left[Math.floorMod(b, ANGLES) * span + r] = 0;
        }
      }
    }
    return peaks;
  }

  /** Longest run, in cells, of edge cells of the line's orientation along the line (theta, rho), and its middle t. */
  private static double[] run(LumaPlane.Grid grid, float[] normal, double theta, int rho, int diag) {
    double c = Math.cos(theta);
    double s = Math.sin(theta);
    int longest = 0;
    double middle = 0;
    int start = Integer.MIN_VALUE;
    int last = Integer.MIN_VALUE;
    for (int t = -diag; t <= diag; t++) {
      if (!hit(grid, normal, rho * c - t * s, rho * s + t * c, theta, c, s)) {
        continue;
      }
      if (t - last > GAP + 1) {
        start = t;
      }
      last = t;
      if (last - start + 1 > longest) {
        longest = last - start + 1;
        middle = (start + last) / 2.0;
      }
    }
    return new double[] {longest, middle};
  }

  private static boolean hit(LumaPlane.Grid grid, float[] normal, double x, double y, double theta, double c,
      double s) {
    for (int n = -1; n <= 1; n++) {
      int ix = (int) Math.round(x + n * c);
      int iy = (int) Math.round(y + n * s);
      if (ix < 0 || iy < 0 || ix >= grid.width() || iy >= grid.height()) {
        continue;
      }
      float a = normal[iy * grid.width() + ix];
      if (!Float.isNaN(a)) {
        double diff = Math.abs(a - theta);
        if (Math.min(diff, Math.PI - diff) <= ORIENTATION_TOLERANCE) {
          return true;
        }
      }
    }
    return false;
  }
}
