package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceVerdict;

/**
 * Picks the selfie's subject among detected faces: the largest, most central face, never simply the
 * best-scoring one (a sharp background face can outscore the subject). Ranking: box area times
 * {@code 1 - CENTRE_PENALTY x d}, where {@code d} is the distance of the box centre from the image
 * centre divided by half the image diagonal (0 at the centre, 1 in a corner): a face in a corner counts
 * for half its area. Faces whose shorter side is under {@code minSide} pixels do not count at all; when
 * no face counts, the best-ranked tiny one is returned as a {@link FaceVerdict#TOO_SMALL} subject. Another counting face whose area is at least
 * {@code comparableFraction} of the subject's is a second person: {@link FaceVerdict#MULTIPLE}.
 * Immutable and thread-safe.
 *
 * @param minSide shorter box side, in image pixels, below which a face is too small, positive
 * @param comparableFraction area ratio from which another face is of comparable size, in (0, 1]
 */
public record SubjectChoice(double minSide, double comparableFraction) {
  /**
   * Default minimum face side: 40 pixels (an eye distance of about 16 pixels; BlazeFace boxes span
   * about 2.4 eye distances). The dev photos (LFW at 150 x 150) hold subjects of 55-78 pixels, on which
   * the dlib descriptor reached 98.9% TAR at FAR 1e-2; 40 keeps a margin under them, and a smaller face
   * would be blown up more than 2.5 times into the 150-pixel chip.
   */
  public static final double DEFAULT_MIN_SIDE = 40;
  /**
   * Default comparable-size fraction: 0.5 of the subject's area (0.71 of its side). A person standing
   * beside or just behind the subject stays above it; faces far in the background, on posters or on
   * a badge are much smaller.
   */
  public static final double DEFAULT_COMPARABLE_FRACTION = 0.5;
  /** Weight lost by a face in an image corner relative to one at the centre. */
  public static final double CENTRE_PENALTY = 0.5;

  public SubjectChoice {
    if (!(minSide > 0 && Double.isFinite(minSide))) {
      throw new IllegalArgumentException("minSide " + minSide + " must be positive and finite");
    }
    if (!(comparableFraction > 0 && comparableFraction <= 1)) {
      throw new IllegalArgumentException("comparableFraction " + comparableFraction + " must be in (0, 1]");
    }
  }

  /** The default choice: {@link #DEFAULT_MIN_SIDE}, {@link #DEFAULT_COMPARABLE_FRACTION}. */
  public static SubjectChoice defaults() {
    return new SubjectChoice(DEFAULT_MIN_SIDE, DEFAULT_COMPARABLE_FRACTION);
  }

  /**
   * The outcome: the subject (null only for {@link FaceVerdict#NONE}), the other faces that count (at least
   * the minimum side, best rank first; of any size relative to the subject) and the verdict.
   */
  public record Result(FaceBox subject, List<FaceBox> others, FaceVerdict verdict) {
    public Result {
      Objects.requireNonNull(verdict, "verdict");
      others = List.copyOf(others);
      if ((subject == null) != (verdict == FaceVerdict.NONE)) {
        throw new IllegalArgumentException("subject " + subject + " does not fit verdict " + verdict);
      }
    }
  }

  /** Ranks {@code faces} (in pixels of an image of the given size) and returns the subject and verdict. */
  public Result choose(List<FaceBox> faces, int imageWidth, int imageHeight) {
    Objects.requireNonNull(faces, "faces");
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("image size " + imageWidth + "x" + imageHeight + " must be positive");
    }
    if (faces.isEmpty()) {
      return new Result(null, List.of(), FaceVerdict.NONE);
    }
    List<FaceBox> ranked = new ArrayList<>(faces);
    ranked.sort(Comparator.comparingDouble((FaceBox f) -> rank(f, imageWidth, imageHeight)).reversed());
    List<FaceBox> counting = ranked.stream().filter(f -> f.minSide() >= minSide).toList();
    if (counting.isEmpty()) {
      return new Result(ranked.get(0), List.of(), FaceVerdict.TOO_SMALL);
    }
    FaceBox subject = counting.get(0);
    List<FaceBox> others = counting.subList(1, counting.size());
    boolean comparable = others.stream().anyMatch(f -> f.area() >= comparableFraction * subject.area());
    return new Result(subject, others, comparable ? FaceVerdict.MULTIPLE : FaceVerdict.ONE);
  }

  /** Area weighted down by the distance of the box centre from the image centre. */
  static double rank(FaceBox face, int imageWidth, int imageHeight) {
    double dx = face.centreX() - imageWidth / 2.0;
    double dy = face.centreY() - imageHeight / 2.0;
    double d = Math.min(1, Math.hypot(dx, dy) / (Math.hypot(imageWidth, imageHeight) / 2));
    return face.area() * (1 - CENTRE_PENALTY * d);
  }
}
