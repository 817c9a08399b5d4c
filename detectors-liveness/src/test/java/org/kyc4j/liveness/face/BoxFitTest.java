package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;

/** The box a tracked frame gets from its mesh, on constructed meshes, and the tracker's move limits. */
class BoxFitTest {
  @Test
  void aFitGivesBackItsOwnBoxAndFollowsAMovedScaledMesh() {
    FaceLandmarks mesh = grid(100, 80, 120, 150, 1);
    FaceBox detected = new FaceBox(120, 100, 100, 110, 0.9, new float[12]);
    BoxFit fit = BoxFit.of(new FaceReading(FaceVerdict.ONE, List.of(detected), mesh, null, null));

    FaceBox same = fit.box(mesh);
    assertThat(same.x()).isCloseTo(120, within(1e-4));
    assertThat(same.y()).isCloseTo(100, within(1e-4));
    assertThat(same.width()).isCloseTo(100, within(1e-4));
    assertThat(same.height()).isCloseTo(110, within(1e-4));
    assertThat(same.score()).isEqualTo(1);

    FaceBox moved = fit.box(grid(130, 70, 240, 300, 0.7));
    assertThat(moved.width()).as("twice the mesh, twice the box").isCloseTo(200, within(1e-4));
    assertThat(moved.height()).isCloseTo(220, within(1e-4));
    assertThat(moved.centreX()).as("offset from the mesh centre scales too").isCloseTo(250 + 20, within(1e-4));
    assertThat(moved.centreY()).isCloseTo(220, within(1e-4));
    assertThat(moved.score()).isEqualTo(0.7, within(1e-9));
  }

  @Test
  void noFitWithoutOneFaceWithLandmarks() {
    FaceBox box = new FaceBox(0, 0, 50, 50, 0.9, new float[12]);
    assertThat(BoxFit.of(new FaceReading(FaceVerdict.ONE, List.of(box), null, null, null))).isNull();
    assertThat(BoxFit.of(new FaceReading(FaceVerdict.MULTIPLE, List.of(box, box), grid(0, 0, 50, 50, 1), null, null)))
        .isNull();
    assertThatThrownBy(() -> new BoxFit(0, 0, 0, 1)).hasMessageContaining("positive");
  }

  @Test
  void theTrackerRedetectsAfterAMoveOrScaleBeyondItsLimits() {
    FaceBox last = new FaceBox(100, 100, 100, 100, 0.9, new float[12]);
    assertThat(FaceTracker.moved(last, new FaceBox(109, 100, 100, 100, 0.9, new float[12]))).isFalse();
    assertThat(FaceTracker.moved(last, new FaceBox(111, 100, 100, 100, 0.9, new float[12]))).isTrue();
    assertThat(FaceTracker.moved(last, new FaceBox(95, 95, 110, 110, 0.9, new float[12]))).isFalse();
    assertThat(FaceTracker.moved(last, new FaceBox(90, 90, 120, 120, 0.9, new float[12]))).isTrue();
    assertThat(FaceTracker.moved(last, new FaceBox(110, 110, 80, 80, 0.9, new float[12]))).isTrue();
  }

  /** 468 points spread evenly over the rectangle (x, y, width, height). */
  private static FaceLandmarks grid(double x, double y, double width, double height, double score) {
    float[] xyz = new float[FaceLandmarks.COUNT * 3];
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      xyz[3 * i] = (float) (x + width * (i % 18) / 17.0);
      xyz[3 * i + 1] = (float) (y + height * (i / 18) / 25.0);
    }
    return new FaceLandmarks(xyz, score);
  }
}
