package org.kyc4j.liveness.face;

import java.util.Objects;

/**
 * Measurements of one face for the liveness checks, from its mesh landmarks (indices in
 * {@link MeshPoints}): eye aspect ratios (Soukupova and Cech 2016: the mean of the two lid distances
 * over the corner distance; about 0.25-0.35 for an open eye, under 0.15 when closed), the mouth
 * opening (inner-lip distance over mouth width; near 0 closed), head pose in degrees, eye centres
 * (mean of the six eye-contour points) and mouth corners, in image pixels. Immutable.
 *
 * @param rightEyeAspect aspect ratio of the subject's right eye, at least 0
 * @param leftEyeAspect aspect ratio of the subject's left eye, at least 0
 * @param mouthOpening inner-lip distance over mouth-corner distance, at least 0
 * @param yaw degrees, positive when the subject turns towards their own left
 * @param pitch degrees, positive when the subject looks up
 * @param roll degrees, positive when the head leans so that the eye line turns clockwise in the image
 * @param rightEye centre of the subject's right eye
 * @param leftEye centre of the subject's left eye
 * @param mouthRight the subject's right mouth corner
 * @param mouthLeft the subject's left mouth corner
 */
public record FaceGeometry(double rightEyeAspect, double leftEyeAspect, double mouthOpening,
    double yaw, double pitch, double roll, Point rightEye, Point leftEye, Point mouthRight, Point mouthLeft) {

  /** A point in image pixels. */
  public record Point(double x, double y) {
    public Point {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException("point (" + x + ", " + y + ") must be finite");
      }
    }
  }

  public FaceGeometry {
    for (double v : new double[] {rightEyeAspect, leftEyeAspect, mouthOpening}) {
      if (!(v >= 0 && Double.isFinite(v))) {
        throw new IllegalArgumentException("aspect ratios and mouth opening must be finite and >= 0, got " + v);
      }
    }
    for (double v : new double[] {yaw, pitch, roll}) {
      if (!(v >= -180 && v <= 180)) {
        throw new IllegalArgumentException("pose angles must be in [-180, 180] degrees, got " + v);
      }
    }
    Objects.requireNonNull(rightEye, "rightEye");
    Objects.requireNonNull(leftEye, "leftEye");
    Objects.requireNonNull(mouthRight, "mouthRight");
    Objects.requireNonNull(mouthLeft, "mouthLeft");
  }

  /**
   * Measures a face. Head pose is a geometric estimate from the mesh's 3-D points: the face's x axis
   * runs from the right to the left outer eye corner, its y axis from forehead (10) to chin (152) made
   * orthogonal to x; roll is the x axis's angle in the image, yaw its turn in depth, pitch the y axis's
   * turn in depth. Yaw and roll are exact on a rigid mesh; pitch is within a few degrees up to 25 degrees
   * of yaw. The mesh's depth carries a bias: frontal dev photos read pitch around -10 degrees, so
   * compare pitch between frames of one capture rather than against zero.
   */
  public static FaceGeometry of(Landmarks mesh) {
    Objects.requireNonNull(mesh, "mesh");
    double[] pose = HeadPose.estimate(mesh);
    return new FaceGeometry(
        eyeAspect(mesh, MeshPoints.RIGHT_EYE), eyeAspect(mesh, MeshPoints.LEFT_EYE), mouthOpening(mesh),
        pose[0], pose[1], pose[2],
        centre(mesh, MeshPoints.RIGHT_EYE), centre(mesh, MeshPoints.LEFT_EYE),
        point(mesh, MeshPoints.MOUTH_RIGHT), point(mesh, MeshPoints.MOUTH_LEFT));
  }

  /** Mean of the two eye aspect ratios. */
  public double eyeAspect() {
    return (rightEyeAspect + leftEyeAspect) / 2;
  }

  /** Distance between the eye centres in pixels. */
  public double eyeDistance() {
    return Math.hypot(leftEye.x - rightEye.x, leftEye.y - rightEye.y);
  }

  static double eyeAspect(Landmarks m, int[] p) {
    double lids = distance(m, p[1], p[5]) + distance(m, p[2], p[4]);
    double corners = distance(m, p[0], p[3]);
    return corners <= 0 ? 0 : lids / (2 * corners);
  }

  static double mouthOpening(Landmarks m) {
    double width = distance(m, MeshPoints.MOUTH_RIGHT, MeshPoints.MOUTH_LEFT);
    return width <= 0 ? 0 : distance(m, MeshPoints.LIP_INNER_UPPER, MeshPoints.LIP_INNER_LOWER) / width;
  }

  private static double distance(Landmarks m, int i, int j) {
    return Math.hypot(m.x(i) - m.x(j), m.y(i) - m.y(j));
  }

  private static Point centre(Landmarks m, int[] points) {
    double x = 0;
    double y = 0;
    for (int i : points) {
      x += m.x(i);
      y += m.y(i);
    }
    return new Point(x / points.length, y / points.length);
  }

  private static Point point(Landmarks m, int i) {
    return new Point(m.x(i), m.y(i));
  }
}
