package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;

/**
 * Measures, on the real {@code eye_state_crops} dev crops (121 open, 121 closed single eyes), how the
 * iris model's eyelid ratio separates open from closed eyes, and prints the error rates at each level's
 * FACEBLINK limit taken against the open crops' median: the share of closed crops over the closed
 * limit (a closed eye missed) and of open crops at or under it (an open eye taken for closed). Single
 * crops, not sequences; the assertions hold the measured separation with a margin.
 */
class EyeOpennessMeasurementTest {
  @Test
  void theIrisEyelidRatioSeparatesOpenFromClosedCrops() {
    List<Double> open = EyeCrops.openness(true);
    List<Double> closed = EyeCrops.openness(false);
    double base = EyeCrops.openMedian();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%neye_state_crops dev: %d open, %d closed; AUC %.4f%nopen: %s%nclosed: %s%n", open.size(), closed.size(),
        auc(open, closed), summary(open), summary(closed)));
    table.append(String.format(Locale.ROOT, "| level | drop | closed limit at open median %.3f | closed over it (missed)"
        + " | open at or under it (false closed) |%n", base));
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      ActionLimits limits = ActionLimits.at(level);
      double limit = (1 - limits.blinkDrop()) * base;
      long missed = closed.stream().filter(v -> v > limit).count();
      long falseClosed = open.stream().filter(v -> v <= limit).count();
      table.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %d/%d | %d/%d |%n", level, limits.blinkDrop(), limit,
          missed, closed.size(), falseClosed, open.size()));
      assertThat(missed / (double) closed.size()).as("closed crops missed at %s", level).isLessThanOrEqualTo(0.15);
      assertThat(falseClosed / (double) open.size()).as("open crops taken for closed at %s", level)
          .isLessThanOrEqualTo(0.05);
    }
    System.out.println(table);
    assertThat(open).hasSize(121);
    assertThat(closed).hasSize(121);
    assertThat(auc(open, closed)).isGreaterThanOrEqualTo(0.97);
    assertThat(median(open)).isGreaterThanOrEqualTo(0.30);
    assertThat(median(closed)).isLessThanOrEqualTo(0.20);
  }

  /** Probability that an open crop reads more open than a closed crop (ties count half). */
  static double auc(List<Double> open, List<Double> closed) {
    double wins = 0;
    for (double o : open) {
      for (double c : closed) {
        wins += o > c ? 1 : o == c ? 0.5 : 0;
      }
    }
    return wins / ((double) open.size() * closed.size());
  }

  private static double median(List<Double> values) {
    return ActionTrack.median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static String summary(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "min %.3f, 5%% %.3f, median %.3f, 95%% %.3f, max %.3f", sorted.get(0),
        sorted.get(sorted.size() / 20), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 19 / 20),
        sorted.get(sorted.size() - 1));
  }
}
