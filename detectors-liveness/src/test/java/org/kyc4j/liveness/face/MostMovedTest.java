package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kyc4j.spi.FaceGeometry;
import org.junit.jupiter.api.Test;

/** The frame farthest from rest, as a share of each movement's STANDARD action limit. */
class MostMovedTest {
  private static final FaceGeometry.Point P = new FaceGeometry.Point(0, 0);

  private static Optional<FaceGeometry> at(double eyes, double mouth, double yaw, double pitch) {
    return Optional.of(new FaceGeometry(eyes, eyes, mouth, yaw, pitch, 0, P, P, P, P));
  }

  private static List<Optional<FaceGeometry>> rest(int frames) {
    List<Optional<FaceGeometry>> out = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      out.add(at(0.30, 0.02, 1, -10));
    }
    return out;
  }

  @Test
  void findsTheFrameOfEachKindOfMovement() {
    List<Integer> all = List.of(0, 1, 2, 3, 4, 5);
    List<Optional<FaceGeometry>> turn = rest(6);
    turn.set(3, at(0.30, 0.02, 25, -10));
    assertThat(MostMoved.of(turn, all)).isEqualTo(3);
    List<Optional<FaceGeometry>> nod = rest(6);
    nod.set(4, at(0.30, 0.02, 1, -22));
    nod.set(2, at(0.30, 0.02, 8, -10));
    assertThat(MostMoved.of(nod, all)).as("12 degrees of pitch outweigh 7 of yaw").isEqualTo(4);
    List<Optional<FaceGeometry>> mouth = rest(6);
    mouth.set(1, at(0.30, 0.45, 1, -10));
    assertThat(MostMoved.of(mouth, all)).isEqualTo(1);
    List<Optional<FaceGeometry>> blink = rest(6);
    blink.set(5, at(0.08, 0.02, 1, -10));
    assertThat(MostMoved.of(blink, all)).isEqualTo(5);
  }

  @Test
  void keepsToTheUsableFramesWithGeometry() {
    List<Optional<FaceGeometry>> frames = rest(5);
    frames.set(2, at(0.30, 0.02, 40, -10));
    frames.set(3, Optional.empty());
    assertThat(MostMoved.of(frames, List.of(0, 1, 3, 4))).as("frame 2 is not usable").isEqualTo(0);
    assertThat(MostMoved.of(frames, List.of(3))).as("no geometry: the first usable frame").isEqualTo(3);
  }
}
