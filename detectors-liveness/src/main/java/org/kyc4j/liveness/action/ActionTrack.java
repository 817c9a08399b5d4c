package org.kyc4j.liveness.action;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kyc4j.api.Action;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceGeometry;

/**
 * The per-frame signals of one capture that the actions are judged on: capture time, the subject's
 * box and geometry when exactly one usable face was read, and the capture's baselines (medians over
 * the usable frames). Immutable.
 *
 * @param frames the frames in capture order
 */
record ActionTrack(List<Frame> frames) {
  /**
   * One frame's signals.
   *
   * @param millis capture time in epoch milliseconds
   * @param box the subject's box, or null when the frame has no single subject
   * @param geometry the subject's geometry, or null when the frame has no usable face
   */
  record Frame(long millis, FaceBox box, FaceGeometry geometry) {
    /** Whether the frame has a usable face. */
    boolean usable() {
      return geometry != null;
    }
  }

  /** Copies the frames. */
  ActionTrack {
    frames = List.copyOf(frames);
  }

  /** Returns the number of frames. */
  int size() {
    return frames.size();
  }

  /** Returns the number of frames with a usable face. */
  long usable() {
    return frames.stream().filter(Frame::usable).count();
  }

  /** Returns the median of the mean eye aspect ratio over usable frames, NaN when none. */
  double openEyeBaseline() {
    return median(frames.stream().filter(Frame::usable).mapToDouble(f -> f.geometry().eyeAspect()).toArray());
  }

  /** Returns the median yaw over usable frames, NaN when none. */
  double yawBaseline() {
    return median(frames.stream().filter(Frame::usable).mapToDouble(f -> f.geometry().yaw()).toArray());
  }

  /** Returns the median pitch over usable frames, NaN when none. */
  double pitchBaseline() {
    return median(frames.stream().filter(Frame::usable).mapToDouble(f -> f.geometry().pitch()).toArray());
  }

  /**
   * Returns the movement of one action per frame (NaN without a usable face): for FACEBLINK the drop of
   * the more open eye below the open baseline as a share of it, for MOUTHOPEN the opening, for the head
   * actions the degrees from the baseline towards the asked side.
   */
  double[] movement(Action action) {
    Objects.requireNonNull(action, "action");
    double eye = openEyeBaseline();
    double yaw = yawBaseline();
    double pitch = pitchBaseline();
    return frames.stream().mapToDouble(f -> f.usable() ? movement(action, f.geometry(), eye, yaw, pitch) : Double.NaN)
        .toArray();
  }

  private static double movement(Action action, FaceGeometry g, double eye, double yaw, double pitch) {
    return switch (action) {
      case FACEBLINK -> 1 - Math.max(g.rightEyeAspect(), g.leftEyeAspect()) / eye;
      case MOUTHOPEN -> g.mouthOpening();
      case HEADSHAKE_LEFT -> g.yaw() - yaw;
      case HEADSHAKE_RIGHT -> yaw - g.yaw();
      case HEADRAISE -> g.pitch() - pitch;
      case HEADLOWER -> pitch - g.pitch();
    };
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
