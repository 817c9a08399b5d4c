package org.kyc4j.liveness.face;

import org.kyc4j.spi.FaceLandmarks;

/**
 * Test helper: a mesh with the named points of {@link MeshPoints} placed on a simple 3-D face (x right,
 * y down, z away from the camera, units of image pixels), turned by yaw, pitch and roll, scaled and
 * moved; every other landmark sits at the face centre.
 */
final class SyntheticFace {
  private SyntheticFace() {}

  /** A face with eye aspect {@code eyeAspect} (both eyes), mouth opening 0.12, posed as given (degrees). */
  static FaceLandmarks posed(double eyeAspect, double yaw, double pitch, double roll, double scale, double cx, double cy) {
    double[][] points = new double[FaceLandmarks.COUNT][3];
    double h = eyeAspect * 15; // corner distance 30: aspect = 4h / 60
    int[] right = MeshPoints.RIGHT_EYE;
    place(points, right, new double[] {-45, -38, -22, -15, -22, -38}, new double[] {0, -h, -h, 0, h, h});
    int[] left = MeshPoints.LEFT_EYE;
    place(points, left, new double[] {15, 22, 38, 45, 38, 22}, new double[] {0, -h, -h, 0, h, h});
    points[MeshPoints.FOREHEAD] = new double[] {0, -70, 0};
    points[MeshPoints.CHIN] = new double[] {0, 100, 0};
    points[MeshPoints.MOUTH_RIGHT] = new double[] {-25, 60, 0};
    points[MeshPoints.MOUTH_LEFT] = new double[] {25, 60, 0};
    points[MeshPoints.LIP_INNER_UPPER] = new double[] {0, 57, 0};
    points[MeshPoints.LIP_INNER_LOWER] = new double[] {0, 63, 0};
    float[] xyz = new float[FaceLandmarks.COUNT * 3];
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      double[] p = rotate(points[i], Math.toRadians(yaw), Math.toRadians(pitch), Math.toRadians(roll));
      xyz[3 * i] = (float) (cx + scale * p[0]);
      xyz[3 * i + 1] = (float) (cy + scale * p[1]);
      xyz[3 * i + 2] = (float) (scale * p[2]);
    }
    return new FaceLandmarks(xyz, 0.99);
  }

  private static void place(double[][] points, int[] indices, double[] xs, double[] ys) {
    for (int k = 0; k < indices.length; k++) {
      points[indices[k]] = new double[] {xs[k], ys[k], 0};
    }
  }

  /** Pitch about x (chin towards the camera when positive), then yaw about y, then roll about z. */
  static double[] rotate(double[] p, double yaw, double pitch, double roll) {
    double y1 = p[1] * Math.cos(pitch) + p[2] * Math.sin(pitch);
    double z1 = -p[1] * Math.sin(pitch) + p[2] * Math.cos(pitch);
    double x2 = p[0] * Math.cos(yaw) - z1 * Math.sin(yaw);
    double z2 = p[0] * Math.sin(yaw) + z1 * Math.cos(yaw);
    double x3 = x2 * Math.cos(roll) - y1 * Math.sin(roll);
    double y3 = x2 * Math.sin(roll) + y1 * Math.cos(roll);
    return new double[] {x3, y3, z2};
  }
}
