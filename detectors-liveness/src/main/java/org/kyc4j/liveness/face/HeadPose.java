package org.kyc4j.liveness.face;

import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceGeometry;

/**
 * A geometric head-pose estimate from mesh landmarks (image x right, y down, z away from the camera):
 * yaw, pitch and roll in degrees, see {@link FaceGeometry#of}. Stateless.
 */
final class HeadPose {
  private HeadPose() {}

  /** Returns {yaw, pitch, roll} in degrees. */
  static double[] estimate(FaceLandmarks m) {
    int right = MeshPoints.RIGHT_EYE[0];
    int left = MeshPoints.LEFT_EYE[3];
    double[] x = unit(m.x(left) - m.x(right), m.y(left) - m.y(right), m.z(left) - m.z(right));
    double[] down = {
        m.x(MeshPoints.CHIN) - m.x(MeshPoints.FOREHEAD),
        m.y(MeshPoints.CHIN) - m.y(MeshPoints.FOREHEAD),
        m.z(MeshPoints.CHIN) - m.z(MeshPoints.FOREHEAD)};
    double along = down[0] * x[0] + down[1] * x[1] + down[2] * x[2];
    double[] y = unit(down[0] - along * x[0], down[1] - along * x[1], down[2] - along * x[2]);
    double roll = Math.toDegrees(Math.atan2(x[1], x[0]));
    double yaw = Math.toDegrees(Math.atan2(x[2], Math.hypot(x[0], x[1])));
    double pitch = Math.toDegrees(Math.atan2(-y[2], Math.hypot(y[0], y[1])));
    return new double[] {yaw, pitch, roll};
  }

  private static double[] unit(double a, double b, double c) {
    double n = Math.sqrt(a * a + b * b + c * c);
    return n == 0 ? new double[] {1, 0, 0} : new double[] {a / n, b / n, c / n};
  }
}
