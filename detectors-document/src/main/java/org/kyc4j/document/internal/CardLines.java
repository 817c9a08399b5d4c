package org.kyc4j.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * The line-based fallback: long probabilistic-Hough segments of the edge map, split into the two
 * families of the dominant direction and its perpendicular; every pair of lines of one family with
 * every pair of the other makes a candidate quad. Stateless.
 */
public final class CardLines {
  private static final int PER_FAMILY = 8;

  private CardLines() {}

  /** Returns the candidate quads, clockwise, in working-image pixels. */
  public static List<double[]> find(Mat edges) {
    int shortSide = Math.min(edges.cols(), edges.rows());
    Mat found = new Mat();
    Imgproc.HoughLinesP(edges, found, 1, Math.PI / 180, 50, 0.12 * shortSide, 8);
    List<double[]> segments = new ArrayList<>();
    for (int i = 0; i < found.rows(); i++) {
      segments.add(found.get(i, 0));
    }
    found.release();
    if (segments.size() < 4) {
      return List.of();
    }
    double dominant = dominantAngle(segments);
    List<double[]> a = family(segments, dominant);
    List<double[]> b = family(segments, dominant + 90);
    List<double[]> quads = new ArrayList<>();
    double minGap = 0.1 * shortSide;
    for (int i = 0; i < a.size(); i++) {
      for (int j = i + 1; j < a.size(); j++) {
        if (gap(a.get(i), a.get(j)) < minGap) {
          continue;
        }
        for (int k = 0; k < b.size(); k++) {
          for (int m = k + 1; m < b.size(); m++) {
            if (gap(b.get(k), b.get(m)) >= minGap) {
              addQuad(quads, a.get(i), b.get(k), a.get(j), b.get(m));
            }
          }
        }
      }
    }
    return quads;
  }

  private static void addQuad(List<double[]> out, double[] a1, double[] b1, double[] a2, double[] b2) {
    double[][] lines = {line(a1), line(b1), line(a2), line(b2)};
    double[] quad = new double[8];
    for (int i = 0; i < 4; i++) {
      double[] p = Quads.intersect(lines[i], lines[(i + 1) % 4]);
      if (p == null) {
        return;
      }
      quad[2 * i] = p[0];
      quad[2 * i + 1] = p[1];
    }
    double[] clockwise = Quads.clockwise(quad);
    if (Quads.convex(clockwise)) {
      out.add(clockwise);
    }
  }

  private static double[] line(double[] s) {
    double dx = s[2] - s[0];
    double dy = s[3] - s[1];
    double length = Math.hypot(dx, dy);
    return new double[] {s[0], s[1], dx / length, dy / length};
  }

  private static double gap(double[] s, double[] t) {
    double[] l = line(s);
    double mx = (t[0] + t[2]) / 2;
    double my = (t[1] + t[3]) / 2;
    return Math.abs(-(mx - l[0]) * l[3] + (my - l[1]) * l[2]);
  }

  private static double angle(double[] s) {
    double a = Math.toDegrees(Math.atan2(s[3] - s[1], s[2] - s[0])) % 180;
    return a < 0 ? a + 180 : a;
  }

  private static double length(double[] s) {
    return Math.hypot(s[2] - s[0], s[3] - s[1]);
  }

  private static double dominantAngle(List<double[]> segments) {
    double[] bins = new double[90];
    for (double[] s : segments) {
      bins[(int) (angle(s) % 90) % 90] += length(s);
    }
    int best = 0;
    for (int i = 1; i < 90; i++) {
      if (bins[i] + bins[(i + 89) % 90] + bins[(i + 1) % 90] > bins[best] + bins[(best + 89) % 90]
          + bins[(best + 1) % 90]) {
        best = i;
      }
    }
    return best;
  }

  private static List<double[]> family(List<double[]> segments, double direction) {
    List<double[]> members = new ArrayList<>();
    for (double[] s : segments) {
      double d = Math.abs(angle(s) - direction % 180);
      if (Math.min(d, 180 - d) <= 12) {
        members.add(s);
      }
    }
    members.sort(Comparator.comparingDouble(CardLines::length).reversed());
    return members.subList(0, Math.min(PER_FAMILY, members.size()));
  }
}
