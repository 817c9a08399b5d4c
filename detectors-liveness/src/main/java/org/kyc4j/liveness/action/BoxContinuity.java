package org.kyc4j.liveness.action;

import java.util.Locale;
import java.util.Optional;
import org.kyc4j.spi.FaceBox;

/**
 * The cheap same-person cue: between consecutive frames at most {@link ActionLimits#JUMP_WINDOW_MILLIS}
 * apart that both have a single subject, the box centre must not move more than
 * {@link ActionLimits#maxJump()} times the box's longer side (the mean of the two boxes). A face that
 * jumps across the picture in a fraction of a second is a cut between two captures or two people.
 * Descriptor agreement between the first, best, last and most moved frames is {@link DescriptorAgreement}'s. Stateless.
 */
final class BoxContinuity {
  private BoxContinuity() {}

  /** Returns why the track is not one person's continuous capture, or empty when no jump was seen. */
  static Optional<String> firstJump(ActionTrack track, ActionLimits limits) {
    for (int i = 1; i < track.size(); i++) {
      ActionTrack.Frame a = track.frames().get(i - 1);
      ActionTrack.Frame b = track.frames().get(i);
      if (a.box() == null || b.box() == null || Math.abs(b.millis() - a.millis()) > ActionLimits.JUMP_WINDOW_MILLIS) {
        continue;
      }
      double jump = jump(a.box(), b.box());
      if (jump > limits.maxJump()) {
        return Optional.of(String.format(Locale.ROOT, "the face jumped between frames %d and %d: its centre moved"
            + " %.2f box sides in %d ms (at most %.2f allowed)", i - 1, i, jump, Math.abs(b.millis() - a.millis()),
            limits.maxJump()));
      }
    }
    return Optional.empty();
  }

  /** Distance between the box centres over the mean of the boxes' longer sides. */
  static double jump(FaceBox a, FaceBox b) {
    double side = (Math.max(a.width(), a.height()) + Math.max(b.width(), b.height())) / 2;
    return Math.hypot(b.centreX() - a.centreX(), b.centreY() - a.centreY()) / side;
  }
}
