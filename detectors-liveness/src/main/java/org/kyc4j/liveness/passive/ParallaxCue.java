package org.kyc4j.liveness.passive;

import java.util.List;
import java.util.Locale;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;

/**
 * The parallax cue: a print or a screen moves as one plane, so the mesh landmarks of two views of it
 * are related by a homography; a real head is not flat, and its landmarks leave a residual. Measures the
 * RMS residual of the homography fitted to the 468 (x, y) pairs, over the inter-ocular distance, and how
 * much the viewpoint changed (log scale ratio, yaw difference): views too alike are not applicable.
 * Stateless.
 */
final class ParallaxCue {
  private ParallaxCue() {}

  /**
   * One measurement between frames {@code first} and {@code second}.
   *
   * @param residual RMS homography residual over the mean inter-ocular distance, at least 0
   * @param scaleChange |ln| of the inter-ocular distance ratio
   * @param yawChange |yaw difference| in degrees
   */
  record Parallax(int first, int second, double residual, double scaleChange, double yawChange) {
    /** Whether the viewpoint changed enough for the residual to mean anything. */
    boolean applicable() {
      return viewpointChange() >= 1;
    }

    /** The larger of the scale and yaw changes, each over its minimum (1 = just enough). */
    double viewpointChange() {
      return Math.max(scaleChange / PassiveLivenessPolicy.PARALLAX_MIN_SCALE_CHANGE,
          yawChange / PassiveLivenessPolicy.PARALLAX_MIN_YAW_CHANGE);
    }

    /** Why the cue is not applicable, for the evidence. */
    String why() {
      return String.format(Locale.ROOT, "not applicable (frames %d and %d: scale change %.3f < %.2f and yaw change"
          + " %.1f < %.1f degrees)", first, second, scaleChange, PassiveLivenessPolicy.PARALLAX_MIN_SCALE_CHANGE,
          yawChange, PassiveLivenessPolicy.PARALLAX_MIN_YAW_CHANGE);
    }
  }

  /** Whether a frame can take part: one face, with landmarks and geometry. */
  static boolean usable(FrameFaces frame) {
    return frame.verdict() == FaceVerdict.ONE && frame.landmarks().isPresent() && frame.geometry().isPresent();
  }

  /**
   * The pair of usable frames (among the first {@code decoded}) with the largest viewpoint change, measured;
   * null when fewer than two frames are usable.
   */
  static Parallax widestPair(List<FrameFaces> frames, int decoded) {
    int n = Math.min(Math.min(decoded, frames.size()), PassiveLivenessPolicy.PARALLAX_MAX_FRAMES);
    int bestA = -1;
    int bestB = -1;
    double best = -1;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (usable(frames.get(a)) && usable(frames.get(b))) {
          double change = viewpoint(frames.get(a).geometry().get(), frames.get(b).geometry().get());
          if (change > best) {
            best = change;
            bestA = a;
            bestB = b;
          }
        }
      }
    }
    return bestA < 0 ? null : measure(bestA, frames.get(bestA), bestB, frames.get(bestB));
  }

  /** Measures two usable frames. */
  static Parallax measure(int first, FrameFaces a, int second, FrameFaces b) {
    FaceGeometry ga = a.geometry().orElseThrow();
    FaceGeometry gb = b.geometry().orElseThrow();
    double residual = residual(a.landmarks().orElseThrow(), b.landmarks().orElseThrow(),
        (ga.eyeDistance() + gb.eyeDistance()) / 2);
    return new Parallax(first, second, residual, scaleChange(ga, gb), Math.abs(ga.yaw() - gb.yaw()));
  }

  /** RMS residual of the homography from a's landmarks to b's, over {@code eyeDistance}. */
  static double residual(FaceLandmarks a, FaceLandmarks b, double eyeDistance) {
    int n = FaceLandmarks.COUNT;
    double[] ax = new double[n];
    double[] ay = new double[n];
    double[] bx = new double[n];
    double[] by = new double[n];
    for (int i = 0; i < n; i++) {
      ax[i] = a.x(i);
      ay[i] = a.y(i);
      bx[i] = b.x(i);
      by[i] = b.y(i);
    }
    return residual(ax, ay, bx, by, eyeDistance);
  }

  /** RMS residual of the homography fitted from (ax, ay) to (bx, by), over {@code scale}. */
  static double residual(double[] ax, double[] ay, double[] bx, double[] by, double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale must be positive, got " + scale);
    }
    return Homography.fit(ax, ay, bx, by).rmsResidual(ax, ay, bx, by) / scale;
  }

  private static double viewpoint(FaceGeometry a, FaceGeometry b) {
    return Math.max(scaleChange(a, b) / PassiveLivenessPolicy.PARALLAX_MIN_SCALE_CHANGE,
        Math.abs(a.yaw() - b.yaw()) / PassiveLivenessPolicy.PARALLAX_MIN_YAW_CHANGE);
  }

  private static double scaleChange(FaceGeometry a, FaceGeometry b) {
    double da = Math.max(a.eyeDistance(), 1e-6);
    double db = Math.max(b.eyeDistance(), 1e-6);
    return Math.abs(Math.log(db / da));
  }
}
