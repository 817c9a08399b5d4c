package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;

/**
 * Measures, on the real YawDD dev frames, how the face mesh's mouth opening separates yawning
 * frames from the others, and prints the error rates at the MOUTHOPEN limits of each level: the
 * share of yawn frames under the limit (a real open mouth missed) and of no_yawn frames at or over
 * it (a closed mouth taken for open). Single frames, not sequences.
 */
class ActionMouthMeasurementTest {
  @Test
  void printsTheSeparationOfYawnFrames() {
    List<Double> yawn = YawddMouths.mouths(true);
    List<Double> other = YawddMouths.mouths(false);
    long unread = YawddMouths.frames().stream().filter(f -> Double.isNaN(f.mouth())).count();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%nYawDD dev frames: %d yawn, %d no_yawn read (%d without face geometry)%n", yawn.size(), other.size(), unread));
    table.append(String.format(Locale.ROOT, "yawn mouth: %s%nno_yawn mouth: %s%n", summary(yawn), summary(other)));
    table.append("| level | open limit | yawn under it (missed) | no_yawn at or over it (false open) |"
        + " closed limit | no_yawn over it (not at rest) |\n");
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      ActionLimits limits = ActionLimits.at(level);
      double open = limits.mouthOpen();
      long notRest = other.stream().filter(v -> v > limits.mouthClosed()).count();
      table.append(String.format(Locale.ROOT, "| %s | %.2f | %d/%d = %.3f | %d/%d = %.3f | %.2f | %d/%d = %.3f |%n",
          level, open, count(yawn, open, false), yawn.size(), count(yawn, open, false) / (double) yawn.size(),
          count(other, open, true), other.size(), count(other, open, true) / (double) other.size(),
          limits.mouthClosed(), notRest, other.size(), notRest / (double) other.size()));
    }
    System.out.println(table);
    assertThat(yawn).isNotEmpty();
    assertThat(other).isNotEmpty();
  }

  private static long count(List<Double> values, double limit, boolean atOrOver) {
    return values.stream().filter(v -> atOrOver == (v >= limit)).count();
  }

  private static String summary(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "min %.3f, 10%% %.3f, median %.3f, 90%% %.3f, max %.3f", sorted.get(0),
        sorted.get(sorted.size() / 10), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10),
        sorted.get(sorted.size() - 1));
  }
}
