package org.kyc4j.liveness.action;

import java.util.Locale;
import java.util.Objects;
import org.kyc4j.api.Level;

/**
 * What each level asks of the liveness actions. Every action is a rest frame, then action frames
 * whose movement reaches the action's limit, then a return frame whose movement is back under the
 * return limit; movement is measured against the capture's own baseline (the median over its frames
 * with a usable face) except for the mouth, whose opening is absolute.
 *
 * @param blinkDrop FACEBLINK: both eyes count as closed when each eye's aspect ratio (the iris model's
 *     eyelid ratio, or the mesh's eye aspect ratio when the iris model did not run) is at most
 *     {@code 1 - blinkDrop} times the open baseline (the median mean aspect ratio); reopened when both
 *     are back within {@code blinkDrop / 2} of it
 * @param minOpenEye FACEBLINK: the open baseline must be at least this aspect ratio, or the eyes were
 *     never seen open
 * @param mouthOpen MOUTHOPEN: inner-lip distance over mouth width at or above which the mouth is open
 * @param mouthClosed MOUTHOPEN: opening at or below which the mouth is closed (rest and return)
 * @param yawDegrees HEADSHAKE_LEFT / HEADSHAKE_RIGHT: degrees of yaw from the baseline towards the
 *     asked side; back when within half of it
 * @param pitchDegrees HEADRAISE / HEADLOWER: degrees of pitch up / down from the baseline; back when
 *     within half of it
 * @param maxJump same person throughout: largest move of the face box centre between consecutive
 *     frames, over the box's longer side, when the frames are at most {@link #JUMP_WINDOW_MILLIS} apart
 */
record ActionLimits(double blinkDrop, double minOpenEye, double mouthOpen, double mouthClosed, double yawDegrees,
    double pitchDegrees, double maxJump) {
  /** Frames further apart than this (in milliseconds) are not compared for a box jump. */
  static final long JUMP_WINDOW_MILLIS = 500;

  /*
   * Blink limits from the iris model's eyelid ratio (EyeOpennessEvaluation, EyeOpennessMeasurementTest):
   * on the 242 eye_state_crops dev crops a drop of 0.30 / 0.35 / 0.40 below the open crops' median
   * leaves 1 / 6 / 10 of 121 closed crops over the limit; within one person (NUAA real frames) open
   * frames move at most 0.13 at the 95th percentile, under every return limit (half the drop). The
   * floors 0.14 / 0.16 / 0.18 stand over the closed crops' median (0.133) and under all but 3 / 5 / 9
   * of 564 open dev faces.
   */
  private static final ActionLimits LOOSE = new ActionLimits(0.30, 0.14, 0.20, 0.12, 15, 8, 1.0);
  private static final ActionLimits STANDARD = new ActionLimits(0.35, 0.16, 0.25, 0.10, 20, 10, 0.75);
  private static final ActionLimits STRICT = new ActionLimits(0.40, 0.18, 0.30, 0.08, 25, 14, 0.5);

  /** Checks that every limit is in range. */
  ActionLimits {
    check(blinkDrop > 0 && blinkDrop < 1, "blinkDrop", blinkDrop);
    check(minOpenEye > 0 && minOpenEye < 1, "minOpenEye", minOpenEye);
    check(mouthClosed >= 0 && mouthClosed < mouthOpen, "mouthClosed", mouthClosed);
    check(yawDegrees > 0 && yawDegrees < 90, "yawDegrees", yawDegrees);
    check(pitchDegrees > 0 && pitchDegrees < 90, "pitchDegrees", pitchDegrees);
    check(maxJump > 0, "maxJump", maxJump);
  }

  /** Returns the limits of a running level (not CLOSED). */
  static ActionLimits at(Level level) {
    return switch (Objects.requireNonNull(level, "level")) {
      case LOOSE -> LOOSE;
      case STANDARD -> STANDARD;
      case STRICT -> STRICT;
      case CLOSED -> throw new IllegalArgumentException("CLOSED has no limits: the check does not run");
    };
  }

  /** Returns the limits as one line for a finding's evidence. */
  String describe() {
    return String.format(Locale.ROOT, "blink drop %.2f of open eye (open eye >= %.2f), mouth open >= %.2f"
        + " closed <= %.2f, yaw %.0f deg, pitch %.0f deg, box jump <= %.2f of box side within %d ms", blinkDrop,
        minOpenEye, mouthOpen, mouthClosed, yawDegrees, pitchDegrees, maxJump, JUMP_WINDOW_MILLIS);
  }

  private static void check(boolean ok, String field, double value) {
    if (!ok) {
      throw new IllegalArgumentException("action limit " + field + " = " + value + " is out of range");
    }
  }
}
