package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Level;
import org.kyc4j.spi.FaceGeometry;

/**
 * MOUTHOPEN over tracks built from the mouth openings the face mesh read on real YawDD frames: each
 * yawn frame's value inserted between no_yawn values. The frames are real, the sequences constructed
 * (YawDD's dev frames are single stills, not captures).
 */
class ActionYawddTrackTest {
  private static final List<Level> LEVELS = List.of(Level.LOOSE, Level.STANDARD, Level.STRICT);

  @Test
  void aYawnBetweenClosedMouthsIsAMouthOpenExactlyWhenItReachesTheLimit() {
    List<Double> yawns = YawddMouths.mouths(true);
    StringBuilder table = new StringBuilder("\n| level | yawn frames seen as MOUTHOPEN between no_yawn frames |\n");
    for (Level level : LEVELS) {
      ActionLimits limits = ActionLimits.at(level);
      List<Double> rests = YawddMouths.mouths(false).stream().filter(v -> v <= limits.mouthClosed()).toList();
      int seen = 0;
      for (int i = 0; i < yawns.size(); i++) {
        double yawn = yawns.get(i);
        ActionTrack track = track(rests.get(i % rests.size()), rests.get((i + 1) % rests.size()), yawn,
            rests.get((i + 2) % rests.size()));
        boolean passed = ActionSequence.judge(List.of(Action.MOUTHOPEN), track, limits).failure().isEmpty();
        assertThat(passed).as("yawn %.3f at %s", yawn, level).isEqualTo(yawn >= limits.mouthOpen());
        seen += passed ? 1 : 0;
      }
      table.append(String.format(Locale.ROOT, "| %s | %d/%d = %.3f |%n", level, seen, yawns.size(),
          seen / (double) yawns.size()));
    }
    System.out.println(table);
  }

  @Test
  void allNoYawnFramesInOrderShowNoMouthOpenAtStandardAndStrict() {
    double[] values = YawddMouths.mouths(false).stream().mapToDouble(Double::doubleValue).toArray();
    for (Level level : List.of(Level.STANDARD, Level.STRICT)) {
      assertThat(ActionSequence.judge(List.of(Action.MOUTHOPEN), track(values), ActionLimits.at(level)).failure())
          .as("at %s", level).hasValueSatisfying(m -> assertThat(m).isEqualTo("MOUTHOPEN was not seen"));
    }
  }

  @Test
  void aYawnWithoutAClosedMouthAfterItIsNotAMouthOpen() {
    double yawn = YawddMouths.mouths(true).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    ActionTrack track = track(0.02, yawn, yawn);
    assertThat(ActionSequence.judge(List.of(Action.MOUTHOPEN), track, ActionLimits.at(Level.LOOSE)).failure())
        .isPresent();
  }

  private static ActionTrack track(double... mouths) {
    Tracks tracks = new Tracks();
    for (double mouth : mouths) {
      FaceGeometry n = Tracks.NEUTRAL;
      tracks.add(Tracks.geometry(n.rightEyeAspect(), n.leftEyeAspect(), mouth, n.yaw(), n.pitch()));
    }
    return tracks.track();
  }
}
