package org.kyc4j.liveness.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kyc4j.api.Action;

/**
 * Judges the asked actions in the asked order over one track: each action's search starts at the
 * frame that ended the previous one (which may serve as its rest frame), so an action performed only
 * before the previous one ended is out of order. Stateless.
 */
final class ActionSequence {
  private ActionSequence() {}

  /**
   * The result of one judgement.
   *
   * @param seen each action found in order, with its frames, in the asked order
   * @param failure empty when every action was seen in order; else why not, naming the action
   */
  record Result(Map<Action, ActionSearch.Seen> seen, Optional<String> failure) {
    Result {
      seen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seen));
    }
  }

  /** Judges {@code asked} over {@code track} at {@code limits}. */
  static Result judge(List<Action> asked, ActionTrack track, ActionLimits limits) {
    Map<Action, ActionSearch.Seen> seen = new LinkedHashMap<>();
    int from = 0;
    Action previous = null;
    for (Action action : asked) {
      Optional<String> blocked = blocked(action, track, limits);
      if (blocked.isPresent()) {
        return new Result(seen, blocked);
      }
      Optional<ActionSearch.Seen> found = search(action, track, limits, from);
      if (found.isEmpty()) {
        return new Result(seen, Optional.of(missing(action, previous, track, limits)));
      }
      seen.put(action, found.get());
      from = found.get().end();
      previous = action;
    }
    return new Result(seen, Optional.empty());
  }

  /** Finds one action from frame {@code from}, with its limits. */
  static Optional<ActionSearch.Seen> search(Action action, ActionTrack track, ActionLimits limits, int from) {
    double[] movement = track.movement(action);
    return switch (action) {
      case FACEBLINK -> ActionSearch.find(movement, from, limits.blinkDrop(), limits.blinkDrop() / 2);
      case MOUTHOPEN -> ActionSearch.find(movement, from, limits.mouthOpen(), limits.mouthClosed());
      case HEADSHAKE_LEFT, HEADSHAKE_RIGHT -> ActionSearch.find(movement, from, limits.yawDegrees(),
          limits.yawDegrees() / 2);
      case HEADRAISE, HEADLOWER -> ActionSearch.find(movement, from, limits.pitchDegrees(), limits.pitchDegrees() / 2);
    };
  }

  private static Optional<String> blocked(Action action, ActionTrack track, ActionLimits limits) {
    if (track.usable() == 0) {
      return Optional.of(action + " was not seen: no frame has a usable face");
    }
    double eye = track.openEyeBaseline();
    if (action == Action.FACEBLINK && eye < limits.minOpenEye()) {
      return Optional.of(String.format(java.util.Locale.ROOT, "FACEBLINK was not seen: the eyes were never seen"
          + " open (median eye aspect ratio %.3f, under %.2f)", eye, limits.minOpenEye()));
    }
    return Optional.empty();
  }

  private static String missing(Action action, Action previous, ActionTrack track, ActionLimits limits) {
    long unusable = track.size() - track.usable();
    String faces = unusable == 0 ? "" : " (" + unusable + " of " + track.size() + " frames had no usable face)";
    if (previous != null && search(action, track, limits, 0).isPresent()) {
      return action + " was out of order: it was seen only before " + previous + " ended" + faces;
    }
    return action + " was not seen" + (previous == null ? "" : " after " + previous) + faces;
  }
}
