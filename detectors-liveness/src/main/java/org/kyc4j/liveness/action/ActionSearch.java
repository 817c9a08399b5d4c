package org.kyc4j.liveness.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state machine of one action over one signal track: a rest frame (movement at most the return
 * limit), then action frames (at least the action limit), then a return frame (at most the return
 * limit again). Values between the limits are transitions and change nothing; a frame without a usable
 * face ({@code NaN}) breaks the sequence, which must start again from a rest frame. Stateless.
 */
final class ActionSearch {
  private ActionSearch() {}

  /**
   * One action as seen.
   *
   * @param rest the last rest frame before the action
   * @param active the frames at or over the action limit, in order, not empty
   * @param end the return frame
   */
  record Seen(int rest, List<Integer> active, int end) {
    Seen {
      active = List.copyOf(active);
      if (active.isEmpty() || rest >= active.get(0) || end <= active.get(active.size() - 1)) {
        throw new IllegalArgumentException("rest " + rest + ", active " + active + ", end " + end + " out of order");
      }
    }

    /** Returns the frames as evidence: {@code "rest 1, action 2-3, return 4"}. */
    String describe() {
      int first = active.get(0);
      int last = active.get(active.size() - 1);
      return "rest " + rest + ", action " + (first == last ? first : first + "-" + last) + ", return " + end;
    }
  }

  /**
   * Finds the first complete action at or after frame {@code from}.
   *
   * @param movement per frame, NaN where the face was not usable
   * @param from the first frame to look at (may serve as the rest frame)
   * @param enter the movement at or above which a frame is an action frame
   * @param back the movement at or below which a frame is a rest or return frame; below {@code enter}
   */
  static Optional<Seen> find(double[] movement, int from, double enter, double back) {
    Objects.requireNonNull(movement, "movement");
    if (!(back < enter)) {
      throw new IllegalArgumentException("return limit " + back + " must be under the action limit " + enter);
    }
    int rest = -1;
    List<Integer> active = new ArrayList<>();
    for (int i = Math.max(0, from); i < movement.length; i++) {
      double m = movement[i];
      if (Double.isNaN(m)) {
        rest = -1;
        active.clear();
      } else if (active.isEmpty()) {
        if (m <= back) {
          rest = i;
        } else if (m >= enter && rest >= 0) {
          active.add(i);
        }
      } else if (m >= enter) {
        active.add(i);
      } else if (m <= back) {
        return Optional.of(new Seen(rest, active, i));
      }
    }
    return Optional.empty();
  }
}
