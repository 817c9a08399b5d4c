package org.kyc4j.document.internal;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Quadrilaterals that may be a document's outline in a grey working image: convex hulls of edge
 * contours and of Otsu regions, simplified to four corners whose sides are then refitted to the
 * contour points near them. Stateless; every Mat made here is released here.
 */
public final class CardCandidates {
  private CardCandidates() {}

  /** A candidate outline, clockwise, in working-image pixels, and how it was found. */
  public record Candidate(double[] quad, String method) {}

  /** Returns the candidates of the edge map and of both Otsu polarities with a hull of at least {@code minArea}. */
  public static List<Candidate> find(Mat grey, Mat edges, double minArea) {
    List<Candidate> out = contours(edges, minArea);
    for (int polarity : new int[] {Imgproc.THRESH_BINARY, Imgproc.THRESH_BINARY_INV}) {
      Mat mask = new Mat();
      Imgproc.threshold(grey, mask, 0, 255, polarity | Imgproc.THRESH_OTSU);
      Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(7, 7));
      Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN, kernel);
      Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_CLOSE, kernel);
      collect(mask, Imgproc.RETR_EXTERNAL, minArea, "region", out);
      mask.release();
      kernel.release();
    }
    return out;
  }

  /** Returns the candidates of the edge map's contours alone. */
  public static List<Candidate> contours(Mat edges, double minArea) {
    List<Candidate> out = new ArrayList<>();
    Mat dilated = new Mat();
    Imgproc.dilate(edges, dilated, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
    collect(dilated, Imgproc.RETR_LIST, minArea, "contour", out);
    dilated.release();
    return out;
  }

  private static void collect(Mat binary, int mode, double minArea, String method, List<Candidate> out) {
    List<MatOfPoint> contours = new ArrayList<>();
    Mat hierarchy = new Mat();
    Imgproc.findContours(binary, contours, hierarchy, mode, Imgproc.CHAIN_APPROX_NONE);
    hierarchy.release();
    for (MatOfPoint contour : contours) {
      Point[] points = contour.toArray();
      contour.release();
      if (points.length < 20) {
        continue;
      }
      double[] quad = quadOf(points, minArea);
      if (quad != null) {
        out.add(new Candidate(quad, method));
      }
    }
  }

  private static double[] quadOf(Point[] points, double minArea) {
    MatOfPoint all = new MatOfPoint(points);
    MatOfInt hullIndex = new MatOfInt();
    Imgproc.convexHull(all, hullIndex);
    int[] index = hullIndex.toArray();
    hullIndex.release();
    all.release();
    Point[] hull = new Point[index.length];
    for (int i = 0; i < index.length; i++) {
      hull[i] = points[index[i]];
    }
    MatOfPoint2f hull2f = new MatOfPoint2f(hull);
    try {
      if (Imgproc.contourArea(hull2f) < minArea) {
        return null;
      }
      double perimeter = Imgproc.arcLength(hull2f, true);
      for (double epsilon : new double[] {0.02, 0.035, 0.05}) {
        MatOfPoint2f approx = new MatOfPoint2f();
        Imgproc.approxPolyDP(hull2f, approx, epsilon * perimeter, true);
        Point[] corners = approx.toArray();
        approx.release();
        if (corners.length == 4) {
          double[] quad = Quads.clockwise(flat(corners));
          return Quads.convex(quad) ? SideFit.refine(quad, points) : null;
        }
        if (corners.length < 4) {
          return null;
        }
      }
      return null;
    } finally {
      hull2f.release();
    }
  }

  private static double[] flat(Point[] corners) {
    double[] quad = new double[8];
    for (int i = 0; i < 4; i++) {
      quad[2 * i] = corners[i].x;
      quad[2 * i + 1] = corners[i].y;
    }
    return quad;
  }
}
