package org.kyc4j.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Size;
import org.opencv.imgproc.CLAHE;
import org.opencv.imgproc.Imgproc;

/**
 * Finds the document's outline in a photo. The photo is shrunk to a working size, edges are found
 * (Canny), and outline candidates come from edge contours and Otsu regions, then, when none
 * passes, from Hough line pairs; each is gated by area share and aspect, and scored by how much
 * of its outline lies on edges. A photo that is itself a tight scan of a card (no outline, the
 * photo's own aspect a card's) is taken whole. Stateless and thread-safe.
 */
public final class CardLocator {
  /** The working image's long side, pixels. */
  static final int WORK_SIDE = 800;
  /** The smallest photo side that is searched at all, pixels. */
  public static final int MIN_SIDE = 64;
  /** How close a whole photo's aspect must be to a card's to be taken as a tight scan. */
  static final double FULL_FRAME_TOLERANCE = 0.04;
  private static final double MIN_SUPPORT = 0.45;
  /** Line pairs are found in any clutter of strokes, so their outlines must lie on edges all round. */
  private static final double LINES_MIN_SUPPORT = 0.75;
  private static final double LINES_MIN_SIDE = 0.5;
  private static final double MAX_OVERSHOOT = 0.3;
  /** A tight scan is taken whole rather than a smaller outline within it (its portrait, say). */
  private static final double SCAN_MIN_SHARE = 0.3;

  private CardLocator() {}

  /**
   * The gates of one level.
   *
   * @param minAreaShare the least share of the photo a card may cover
   * @param aspectTolerance the largest relative distance of the outline's aspect from its format's
   * @param borderMargin the least distance of every corner from the photo's border, over its short side
   */
  public record Limits(double minAreaShare, double aspectTolerance, double borderMargin) {}

  /** What was found. */
  public enum Status { FOUND, CUT_OFF, NOT_FOUND }

  /**
   * The outcome in photo pixels: the quad is clockwise from the assumed top-left with the long
   * side first, null when nothing was found.
   */
  public record Location(Status status, double[] quad, String method, double support, double areaShare,
      double margin, String problem) {}

  /** Locates the card in {@code image} under {@code limits}. */
  public static Location locate(RgbImage image, Limits limits) {
    Objects.requireNonNull(image, "image");
    if (Math.min(image.width(), image.height()) < MIN_SIDE) {
      return notFound("is " + image.width() + "x" + image.height() + " px, below the " + MIN_SIDE
          + " px a document can be found in");
    }
    Mat photo = OpenCv.bgr(image);
    try {
      return locate(photo, limits);
    } finally {
      photo.release();
    }
  }

  /** Locates the card in a BGR photo. */
  public static Location locate(Mat photo, Limits limits) {
    double scale = Math.min(1, WORK_SIDE / (double) Math.max(photo.cols(), photo.rows()));
    Mat grey = new Mat();
    Imgproc.cvtColor(photo, grey, Imgproc.COLOR_BGR2GRAY);
    if (scale < 1) {
      Imgproc.resize(grey, grey, new Size(), scale, scale, Imgproc.INTER_AREA);
    }
    Mat edges = new Mat();
    try {
      if (contrast(grey) < 4) {
        return notFound("is blank: no contrast to find a document by");
      }
      Imgproc.GaussianBlur(grey, grey, new Size(5, 5), 0);
      Imgproc.Canny(grey, edges, 40, 120);
      Location found = search(grey, edges, limits);
      return found.quad() == null ? found : scaled(found, 1 / scale);
    } finally {
      grey.release();
      edges.release();
    }
  }

  /**
   * Tries the contours of the strong edges, then of faint edges after local contrast equalisation
   * (a grey print on white paper), then line pairs of both, then the whole frame.
   */
  private static Location search(Mat grey, Mat strong, Limits limits) {
    double minArea = limits.minAreaShare() * grey.cols() * (double) grey.rows();
    Mat faint = new Mat();
    Mat equalised = new Mat();
    CLAHE clahe = Imgproc.createCLAHE(3, new Size(8, 8));
    try {
      EdgeSupport strongSupport = new EdgeSupport(strong);
      Location whole = fullFrame(grey);
      Location best = innermost(gate(CardCandidates.find(grey, strong, minArea), strongSupport, grey, limits));
      if (found(best)) {
        return whole != null && best.areaShare() < SCAN_MIN_SHARE ? whole : best;
      }
      clahe.apply(grey, equalised);
      Imgproc.Canny(equalised, faint, 15, 45);
      EdgeSupport faintSupport = new EdgeSupport(faint);
      best = better(best, innermost(gate(CardCandidates.contours(faint, minArea), faintSupport, grey, limits)));
      if (found(best)) {
        return best;
      }
      best = better(best, innermost(gate(lines(strong), strongSupport, grey, limits)));
      best = found(best) ? best : better(best, innermost(gate(lines(faint), faintSupport, grey, limits)));
      if (found(best)) {
        return best;
      }
      if (whole != null) {
        return whole;
      }
      return best != null ? best : notFound("shows no outline of a card or passport page of an ID-1 or ID-3 "
          + "aspect covering at least " + limits.minAreaShare() + " of the photo");
    } finally {
      faint.release();
      equalised.release();
    }
  }

  private static boolean found(Location l) {
    return l != null && l.status() == Status.FOUND;
  }

  private static Location better(Location current, Location next) {
    return next != null && (current == null || next.status() == Status.FOUND) ? next : current;
  }

  private static List<CardCandidates.Candidate> lines(Mat edges) {
    List<CardCandidates.Candidate> out = new ArrayList<>();
    CardLines.find(edges).forEach(q -> out.add(new CardCandidates.Candidate(q, "lines")));
    return out;
  }

  /** A candidate that passed the gates, with its score. */
  private record Scored(Location location, double score) {}

  /**
   * Returns the best-scored candidate inside the photo, then, as long as one exists, the best
   * candidate lying within it (a document printed on a sheet of paper, a data page within an open
   * booklet: both outer outlines have a card's aspect too); a candidate running off the border
   * only when none lies inside.
   */
  private static Location innermost(List<Scored> valid) {
    Scored chosen = null;
    for (Scored s : valid) {
      if (s.location().status() == Status.FOUND && (chosen == null || s.score() > chosen.score())) {
        chosen = s;
      }
    }
    while (chosen != null) {
      Scored inner = null;
      double outerArea = Quads.area(chosen.location().quad());
      for (Scored s : valid) {
        double a = Quads.area(s.location().quad());
        if (s.location().status() == Status.FOUND && a < 0.8 * outerArea && a > 0.08 * outerArea
            && Quads.contains(chosen.location().quad(), s.location().quad()) && (inner == null
            || s.score() > inner.score())) {
          inner = s;
        }
      }
      if (inner == null) {
        return chosen.location();
      }
      chosen = inner;
    }
    Scored border = null;
    for (Scored s : valid) {
      if (border == null || s.score() > border.score()) {
        border = s;
      }
    }
    return border == null ? null : border.location();
  }

  private static List<Scored> gate(List<CardCandidates.Candidate> candidates, EdgeSupport support, Mat grey,
      Limits limits) {
    int w = grey.cols();
    int h = grey.rows();
    double area = w * (double) h;
    double band = Math.max(5, limits.borderMargin() * Math.min(w, h));
    List<Scored> valid = new ArrayList<>();
    for (CardCandidates.Candidate c : candidates) {
      double[] quad = Quads.landscape(c.quad());
      double share = Quads.area(quad) / area;
      double margin = margin(quad, w, h) / Math.min(w, h);
      boolean inside = margin >= limits.borderMargin() && margin > 0.5 / Math.min(w, h);
      double aspect = Quads.aspect(quad);
      boolean aspectOk = inside ? CardRectifier.aspectError(aspect) <= limits.aspectTolerance()
          : aspect <= 1.586 * (1 + limits.aspectTolerance()) && aspect >= 0.4;
      if (share < limits.minAreaShare() || share > 0.995 || !aspectOk) {
        continue;
      }
      boolean lines = c.method().equals("lines");
      double s = support.of(quad, band, lines ? LINES_MIN_SIDE : 0.25);
      if (s < (lines ? LINES_MIN_SUPPORT : MIN_SUPPORT) || (lines && support.overshoot(quad) > MAX_OVERSHOOT)) {
        continue;
      }
      String problem = inside ? "" : "has the document running off its border (a corner "
          + String.format(Locale.ROOT, "%.4f", margin) + " of the short side from the edge; at least "
          + limits.borderMargin() + " passes)";
      valid.add(new Scored(new Location(inside ? Status.FOUND : Status.CUT_OFF, quad, c.method(), s, share, margin,
          problem), s * (0.5 + 0.5 * Math.sqrt(share))));
    }
    return valid;
  }

  private static Location fullFrame(Mat grey) {
    double aspect = Math.max(grey.cols(), grey.rows()) / (double) Math.min(grey.cols(), grey.rows());
    if (CardRectifier.aspectError(aspect) > FULL_FRAME_TOLERANCE || contrast(grey) < 12) {
      return null;
    }
    double w = grey.cols() - 1;
    double h = grey.rows() - 1;
    double[] quad = Quads.landscape(Quads.clockwise(new double[] {0, 0, w, 0, w, h, 0, h}));
    return new Location(Status.FOUND, quad, "full-frame", 0, 1, 0, "");
  }

  private static double margin(double[] quad, int w, int h) {
    double m = Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      double x = quad[2 * i];
      double y = quad[2 * i + 1];
      m = Math.min(m, Math.min(Math.min(x, w - 1 - x), Math.min(y, h - 1 - y)));
    }
    return m;
  }

  private static double contrast(Mat grey) {
    MatOfDouble mean = new MatOfDouble();
    MatOfDouble deviation = new MatOfDouble();
    Core.meanStdDev(grey, mean, deviation);
    double d = deviation.toArray()[0];
    mean.release();
    deviation.release();
    return d;
  }

  private static Location scaled(Location l, double factor) {
    return new Location(l.status(), Quads.scaled(l.quad(), factor), l.method(), l.support(), l.areaShare(),
        l.margin(), l.problem());
  }

  private static Location notFound(String problem) {
    return new Location(Status.NOT_FOUND, null, "none", 0, 0, 0, problem);
  }
}
