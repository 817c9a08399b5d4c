package org.kyc4j.liveness.action;

import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.Action;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceGeometry.Point;

/**
 * Constructed signal tracks: a neutral face (eyes open 0.30, mouth closed 0.02, yaw 0, pitch -10 as
 * the mesh reads a frontal face) and each action performed as rest frames, action frames and a
 * return frame, 100 ms apart. Not real captures.
 */
final class Tracks {
  static final FaceGeometry NEUTRAL = geometry(0.30, 0.30, 0.02, 0, -10);
  static final FaceBox BOX = box(100, 100);

  private final List<ActionTrack.Frame> frames = new ArrayList<>();

  /** Appends {@code n} neutral frames. */
  Tracks rest(int n) {
    for (int i = 0; i < n; i++) {
      add(NEUTRAL);
    }
    return this;
  }

  /** Appends one frame with the given geometry (null: no usable face). */
  Tracks add(FaceGeometry geometry) {
    frames.add(new ActionTrack.Frame(1_000L + 100L * frames.size(), geometry == null ? null : BOX, geometry));
    return this;
  }

  /** Appends one action clearly performed at every level: 3 rest, {@code active} action frames, 1 return. */
  Tracks perform(Action action, int active) {
    rest(3);
    for (int i = 0; i < active; i++) {
      add(peak(action));
    }
    return rest(1);
  }

  ActionTrack track() {
    return new ActionTrack(frames);
  }

  /** The geometry of a clear action frame. */
  static FaceGeometry peak(Action action) {
    return switch (action) {
      case FACEBLINK -> geometry(0.08, 0.09, 0.02, 0, -10);
      case MOUTHOPEN -> geometry(0.30, 0.30, 0.50, 0, -10);
      case HEADSHAKE_LEFT -> geometry(0.30, 0.30, 0.02, 35, -10);
      case HEADSHAKE_RIGHT -> geometry(0.30, 0.30, 0.02, -35, -10);
      case HEADRAISE -> geometry(0.30, 0.30, 0.02, 0, 15);
      case HEADLOWER -> geometry(0.30, 0.30, 0.02, 0, -35);
    };
  }

  static FaceGeometry geometry(double rightEye, double leftEye, double mouth, double yaw, double pitch) {
    return new FaceGeometry(rightEye, leftEye, mouth, yaw, pitch, 0, new Point(130, 140), new Point(170, 140),
        new Point(135, 180), new Point(165, 180));
  }

  static FaceBox box(double centreX, double centreY) {
    return new FaceBox(centreX - 50, centreY - 50, 100, 100, 0.9, new float[12]);
  }
}
