package org.kyc4j.spi;

import java.util.Objects;

/**
 * Measurements of one face for the liveness checks: eye aspect ratios (eyelid
 * gap over eye width, Soukupova and Cech 2016), read by kyc4j's face reader on the iris model's eyelid
 * contour (the mean of three upper-to-lower lid distances over the corner distance; open dev faces
 * median 0.30, 5th percentile 0.22; closed eye crops median 0.13), or, where the iris model did not run,
 * on the mesh's six eye points (the mean of two lid distances over the corner distance), the mouth
 * opening (inner-lip distance over mouth width; near 0 closed), head pose in degrees, eye centres
 * (mean of the six eye-contour points) and mouth corners, in image pixels. Head pose is a geometric
 * estimate from the mesh's 3-D points; the mesh's depth carries a bias (frontal dev photos read pitch
 * around -10 degrees), so compare pitch between frames of one capture rather than against zero.
 * Immutable.
 *
 * @param rightEyeAspect aspect ratio (eyelid gap over eye width) of the subject's right eye, at least 0
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
    /** Checks that both coordinates are finite. */
    public Point {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new IllegalArgumentException("point (" + x + ", " + y + ") must be finite");
      }
    }
  }

  /** Validates the ranges. */
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

  /** Mean of the two eye aspect ratios. */
  public double eyeAspect() {
    return (rightEyeAspect + leftEyeAspect) / 2;
  }

  /** Distance between the eye centres in pixels. */
  public double eyeDistance() {
    return Math.hypot(leftEye.x - rightEye.x, leftEye.y - rightEye.y);
  }
}
