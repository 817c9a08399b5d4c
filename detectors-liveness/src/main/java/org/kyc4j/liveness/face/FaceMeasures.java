package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;

/**
 * Measures a face's {@link FaceGeometry} from its mesh landmarks (indices in {@link MeshPoints}) and,
 * when the iris model ran, its eye openness ({@link IrisEyes}): the eye aspect ratios are then the iris
 * model's eyelid ratios, else the mesh's six-point eye aspect ratio (the fallback). Stateless.
 */
final class FaceMeasures {
  private FaceMeasures() {}

  /**
   * Measures a face. Head pose: the face's x axis runs from the right to the left outer eye corner,
   * its y axis from forehead (10) to chin (152) made orthogonal to x; roll is the x axis's angle in
   * the image, yaw its turn in depth, pitch the y axis's turn in depth. Yaw and roll are exact on a
   * rigid mesh; pitch is within a few degrees up to 25 degrees of yaw.
   *
   * @throws IllegalArgumentException for a degenerate mesh whose measures are out of range
   */
  static FaceGeometry of(FaceLandmarks mesh) {
    return of(mesh, null);
  }

  /** Measures a face, taking the eye aspect ratios from {@code eyes} when not null (see {@link #of(FaceLandmarks)}). */
  static FaceGeometry of(FaceLandmarks mesh, IrisEyes.Openness eyes) {
    Objects.requireNonNull(mesh, "mesh");
    double[] pose = HeadPose.estimate(mesh);
    double right = eyes == null ? eyeAspect(mesh, MeshPoints.RIGHT_EYE) : eyes.right();
    double left = eyes == null ? eyeAspect(mesh, MeshPoints.LEFT_EYE) : eyes.left();
    return new FaceGeometry(right, left, mouthOpening(mesh),
        pose[0], pose[1], pose[2],
        centre(mesh, MeshPoints.RIGHT_EYE), centre(mesh, MeshPoints.LEFT_EYE),
        point(mesh, MeshPoints.MOUTH_RIGHT), point(mesh, MeshPoints.MOUTH_LEFT));
  }

  static double eyeAspect(FaceLandmarks m, int[] p) {
    double lids = distance(m, p[1], p[5]) + distance(m, p[2], p[4]);
    double corners = distance(m, p[0], p[3]);
    return corners <= 0 ? 0 : lids / (2 * corners);
  }

  static double mouthOpening(FaceLandmarks m) {
    double width = distance(m, MeshPoints.MOUTH_RIGHT, MeshPoints.MOUTH_LEFT);
    return width <= 0 ? 0 : distance(m, MeshPoints.LIP_INNER_UPPER, MeshPoints.LIP_INNER_LOWER) / width;
  }

  private static double distance(FaceLandmarks m, int i, int j) {
    return Math.hypot(m.x(i) - m.x(j), m.y(i) - m.y(j));
  }

  private static FaceGeometry.Point centre(FaceLandmarks m, int[] points) {
    double x = 0;
    double y = 0;
    for (int i : points) {
      x += m.x(i);
      y += m.y(i);
    }
    return new FaceGeometry.Point(x / points.length, y / points.length);
  }

  private static FaceGeometry.Point point(FaceLandmarks m, int i) {
    return new FaceGeometry.Point(m.x(i), m.y(i));
  }
}
