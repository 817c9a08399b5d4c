package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Level;
import org.kyc4j.spi.FaceGeometry;

/**
 * FACEBLINK over tracks built from the iris model's eyelid ratios on real {@code eye_state_crops} dev
 * crops: open values, then one closed frame (right eye one closed crop, left eye the next), then open
 * values again; and tracks of open values only. The values are real, the sequences constructed: the dev
 * data holds no real blink sequence.
 */
class ActionBlinkTrackTest {
  private static final List<Level> LEVELS = List.of(Level.LOOSE, Level.STANDARD, Level.STRICT);

  @Test
  void aClosedFrameBetweenOpenFramesIsABlinkExactlyWhenBothEyesDropBelowTheLimit() {
    List<Double> open = EyeCrops.openness(true);
    List<Double> closed = EyeCrops.openness(false);
    StringBuilder table = new StringBuilder("\n| level | closed crop pairs seen as FACEBLINK between open crops |\n");
    for (Level level : LEVELS) {
      ActionLimits limits = ActionLimits.at(level);
      int seen = 0;
      for (int i = 0; i < closed.size(); i++) {
        Tracks tracks = new Tracks();
        for (int k = 0; k < 4; k++) {
          eyes(tracks, open.get((4 * i + k) % open.size()), open.get((4 * i + k + 1) % open.size()));
        }
        double right = closed.get(i);
        double left = closed.get((i + 1) % closed.size());
        eyes(tracks, right, left);
        eyes(tracks, open.get((4 * i + 5) % open.size()), open.get((4 * i + 6) % open.size()));
        ActionTrack track = tracks.track();
        boolean passed = ActionSequence.judge(List.of(Action.FACEBLINK), track, limits).failure().isEmpty();
        double drop = track.movement(Action.FACEBLINK)[4];
        if (restAndReturn(track, limits)) {
          assertThat(passed).as("closed %.3f / %.3f (drop %.3f) at %s", right, left, drop, level)
              .isEqualTo(drop >= limits.blinkDrop());
        }
        assertThat(ClosedEyeFrames.indexes(track, limits)).isEqualTo(drop >= limits.blinkDrop() ? List.of(4) : List.of());
        seen += passed ? 1 : 0;
      }
      table.append(String.format(Locale.ROOT, "| %s | %d/%d = %.3f |%n", level, seen, closed.size(),
          seen / (double) closed.size()));
      assertThat(seen / (double) closed.size()).as("blinks seen at %s", level).isGreaterThanOrEqualTo(0.80);
    }
    System.out.println(table);
  }

  @Test
  void openCropsInOrderShowNoBlinkAtStandardAndStrict() {
    List<Double> open = EyeCrops.openness(true);
    Tracks tracks = new Tracks();
    for (int i = 0; i + 1 < open.size(); i++) {
      eyes(tracks, open.get(i), open.get(i + 1));
    }
    for (Level level : List.of(Level.STANDARD, Level.STRICT)) {
      assertThat(ActionSequence.judge(List.of(Action.FACEBLINK), tracks.track(), ActionLimits.at(level)).failure())
          .as("at %s", level).hasValueSatisfying(m -> assertThat(m).isEqualTo("FACEBLINK was not seen"));
      assertThat(ClosedEyeFrames.indexes(tracks.track(), ActionLimits.at(level))).as("at %s", level).isEmpty();
    }
  }

  @Test
  void eyesClosedThroughoutAreNeverSeenOpen() {
    List<Double> closed = EyeCrops.openness(false);
    Tracks tracks = new Tracks();
    for (int i = 0; i + 1 < closed.size(); i++) {
      eyes(tracks, closed.get(i), closed.get(i + 1));
    }
    assertThat(ActionSequence.judge(List.of(Action.FACEBLINK), tracks.track(), ActionLimits.at(Level.STANDARD))
        .failure()).hasValueSatisfying(m -> assertThat(m).contains("never seen open"));
  }

  /** Whether the open frames before and after the closed frame (index 4) include a rest and a return frame. */
  private static boolean restAndReturn(ActionTrack track, ActionLimits limits) {
    double[] m = track.movement(Action.FACEBLINK);
    boolean rest = m[0] <= limits.blinkDrop() / 2 || m[1] <= limits.blinkDrop() / 2 || m[2] <= limits.blinkDrop() / 2
        || m[3] <= limits.blinkDrop() / 2;
    return rest && m[5] <= limits.blinkDrop() / 2;
  }

  private static void eyes(Tracks tracks, double right, double left) {
    FaceGeometry n = Tracks.NEUTRAL;
    tracks.add(Tracks.geometry(right, left, n.mouthOpening(), n.yaw(), n.pitch()));
  }
}
