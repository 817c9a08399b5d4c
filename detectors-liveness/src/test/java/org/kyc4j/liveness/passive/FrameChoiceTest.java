package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.SelfieFaces;

/** Which frames passive liveness scores: the best first, then up to two usable others spread out. */
class FrameChoiceTest {
  private static final FaceBox BOX = new FaceBox(10, 10, 50, 50, 0.9, new float[12]);

  private static SelfieFaces faces(int best, FaceVerdict... verdicts) {
    List<FrameFaces> frames = new ArrayList<>();
    for (FaceVerdict v : verdicts) {
      frames.add(v == FaceVerdict.NONE ? FrameFaces.of(v, List.of(), null, null)
          : FrameFaces.of(v, v == FaceVerdict.ONE ? List.of(BOX) : List.of(BOX, BOX), null, null));
    }
    return new SelfieFaces(frames, best, "test-model", 4);
  }

  @Test
  void theBestFrameComesFirstThenOthersSpreadOverTheCapture() {
    FaceVerdict one = FaceVerdict.ONE;
    assertThat(PassiveLivenessDetector.chosenFrames(faces(2, one, one, one, one, one, one), 6))
        .containsExactly(2, 0, 5);
  }

  @Test
  void framesWithoutExactlyOneFaceAreLeftOut() {
    assertThat(PassiveLivenessDetector.chosenFrames(faces(0, FaceVerdict.ONE, FaceVerdict.NONE,
        FaceVerdict.MULTIPLE), 3)).containsExactly(0);
    assertThat(PassiveLivenessDetector.chosenFrames(faces(0, FaceVerdict.NONE), 1)).isEmpty();
  }
}
