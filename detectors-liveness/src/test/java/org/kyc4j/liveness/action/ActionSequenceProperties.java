package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Level;
import org.quicktheories.core.Gen;

/**
 * The action state machines over constructed signal tracks (not real captures): asked actions pass
 * exactly when they were performed as a subsequence of what the track shows, so any track missing an
 * asked action fails and the order is enforced; a found action always has a rest frame, action
 * frames and a return frame with no unusable frame between them. QuickTheories prints the seed of a
 * failing run.
 */
class ActionSequenceProperties {
  private static final Action[] ACTIONS = Action.values();

  @Test
  void passesExactlyWhenTheAskedActionsWerePerformedInOrder() {
    qt().withExamples(400).forAll(actionLists(1, 4, true), actionLists(0, 6, false), integers().between(0, 2))
        .checkAssert((asked, performed, levelIndex) -> {
          Tracks tracks = new Tracks().rest(2);
          performed.forEach(action -> tracks.perform(action, 1 + (action.ordinal() % 2)));
          ActionLimits limits = ActionLimits.at(List.of(Level.LOOSE, Level.STANDARD, Level.STRICT).get(levelIndex));
          ActionSequence.Result result = ActionSequence.judge(asked, tracks.rest(2).track(), limits);
          assertThat(result.failure().isEmpty()).as("asked %s, performed %s: %s", asked, performed, result.failure())
              .isEqualTo(isSubsequence(asked, performed));
          result.failure().ifPresent(message -> assertThat(message).contains(asked.get(result.seen().size()).name()));
        });
  }

  @Test
  void twoActionsPerformedInReverseOrderAreOutOfOrder() {
    qt().withExamples(100).forAll(actionLists(2, 2, true)).checkAssert(pair -> {
      ActionTrack track = new Tracks().perform(pair.get(1), 1).perform(pair.get(0), 1).rest(2).track();
      ActionSequence.Result result = ActionSequence.judge(pair, track, ActionLimits.at(Level.STANDARD));
      assertThat(result.failure()).hasValueSatisfying(m -> assertThat(m).startsWith(pair.get(1) + " was out of order"));
    });
  }

  @Test
  void aFoundActionIsRestActionReturnWithoutAGap() {
    qt().withExamples(1_000).forAll(lists().of(doubles().between(-0.2, 1)).ofSizeBetween(0, 30),
        integers().between(0, 5)).checkAssert((values, from) -> {
          // a negative draw stands for a frame without a usable face
          double[] movement = values.stream().mapToDouble(v -> v < 0 ? Double.NaN : v).toArray();
          Optional<ActionSearch.Seen> seen = ActionSearch.find(movement, from, 0.6, 0.3);
          seen.ifPresent(s -> {
            assertThat(s.rest()).isGreaterThanOrEqualTo(from);
            assertThat(movement[s.rest()]).isLessThanOrEqualTo(0.3);
            assertThat(movement[s.end()]).isLessThanOrEqualTo(0.3);
            s.active().forEach(i -> assertThat(movement[i]).isGreaterThanOrEqualTo(0.6));
            for (int i = s.rest(); i <= s.end(); i++) {
              assertThat(movement[i]).as("frame %d", i).isNotNaN();
            }
          });
        });
  }

  private static boolean isSubsequence(List<Action> asked, List<Action> performed) {
    int next = 0;
    for (Action action : performed) {
      if (next < asked.size() && asked.get(next) == action) {
        next++;
      }
    }
    return next == asked.size();
  }

  private static Gen<List<Action>> actionLists(int min, int max, boolean distinct) {
    Gen<Action> action = integers().between(0, ACTIONS.length - 1).map(i -> ACTIONS[i]);
    Gen<List<Action>> raw = lists().of(action).ofSizeBetween(min, distinct ? 12 : max);
    return distinct
        ? raw.map(list -> new ArrayList<>(new LinkedHashSet<>(list))).map(list -> List.copyOf(list.subList(0,
            Math.min(max, list.size())))).assuming(list -> list.size() >= min)
        : raw;
  }
}
