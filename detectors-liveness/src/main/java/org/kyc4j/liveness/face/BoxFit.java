package org.kyc4j.liveness.face;

import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;

/**
 * How a BlazeFace box sat on its face mesh: the box centre's offset from the centre of the landmarks'
 * extent and the box's sides, each in units of the extent's width or height. Applied to the mesh of a
 * tracked frame it gives the box BlazeFace would likely have drawn there, with six keypoints taken from
 * the mesh (eye centres, nose tip, mouth centre, ear points). Immutable.
 *
 * @param dx box centre x minus extent centre x, over the extent's width
 * @param dy box centre y minus extent centre y, over the extent's height
 * @param width box width over the extent's width, positive
 * @param height box height over the extent's height, positive
 */
record BoxFit(double dx, double dy, double width, double height) {
  /** Mesh points standing for BlazeFace's keypoints: each keypoint is the mean of its pair. */
  private static final int[][] KEYPOINTS = {{33, 133}, {362, 263}, {1, 1}, {13, 14}, {234, 234}, {454, 454}};

  BoxFit {
    if (!Double.isFinite(dx) || !Double.isFinite(dy) || !(width > 0 && height > 0)
        || !Double.isFinite(width) || !Double.isFinite(height)) {
      throw new IllegalArgumentException("box fit (" + dx + ", " + dy + ", " + width + ", " + height
          + ") needs finite offsets and positive finite sides");
    }
  }

  /** The fit of a reading's subject box to its mesh, or null unless it is one face with landmarks. */
  static BoxFit of(FaceReading reading) {
    if (reading.verdict() != org.kyc4j.spi.FaceVerdict.ONE || reading.landmarks().isEmpty()) {
      return null;
    }
    FaceBox box = reading.subject().orElseThrow();
    double[] e = extent(reading.landmarks().get());
    double w = e[2] - e[0];
    double h = e[3] - e[1];
    if (!(w > 0 && h > 0)) {
      return null;
    }
    return new BoxFit((box.centreX() - (e[0] + e[2]) / 2) / w, (box.centreY() - (e[1] + e[3]) / 2) / h,
        box.width() / w, box.height() / h);
  }

  /** The box this fit puts on {@code landmarks}, scored by the mesh's face score; null for a degenerate mesh. */
  FaceBox box(FaceLandmarks landmarks) {
    double[] e = extent(landmarks);
    double w = e[2] - e[0];
    double h = e[3] - e[1];
    if (!(w > 0 && h > 0)) {
      return null;
    }
    double boxW = width * w;
    double boxH = height * h;
    double cx = (e[0] + e[2]) / 2 + dx * w;
    double cy = (e[1] + e[3]) / 2 + dy * h;
    float[] keypoints = new float[12];
    for (int k = 0; k < KEYPOINTS.length; k++) {
      keypoints[2 * k] = (float) ((landmarks.x(KEYPOINTS[k][0]) + landmarks.x(KEYPOINTS[k][1])) / 2);
      keypoints[2 * k + 1] = (float) ((landmarks.y(KEYPOINTS[k][0]) + landmarks.y(KEYPOINTS[k][1])) / 2);
    }
    double score = Math.max(0, Math.min(1, landmarks.faceScore()));
    return new FaceBox(cx - boxW / 2, cy - boxH / 2, boxW, boxH, score, keypoints);
  }

  /** Min x, min y, max x, max y of the landmarks. */
  private static double[] extent(FaceLandmarks landmarks) {
    double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      e[0] = Math.min(e[0], landmarks.x(i));
      e[1] = Math.min(e[1], landmarks.y(i));
      e[2] = Math.max(e[2], landmarks.x(i));
      e[3] = Math.max(e[3], landmarks.y(i));
    }
    return e;
  }
}
