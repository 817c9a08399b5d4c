package org.kyc4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The face values detectors share through the board: validation, copies and accessors. */
class FaceValuesTest {
  private static final FaceBox BOX = new FaceBox(10, 20, 100, 120, 0.9, new float[12]);
  private static final FaceGeometry.Point P = new FaceGeometry.Point(1, 2);
  private static final FaceGeometry GEOMETRY = new FaceGeometry(0.3, 0.28, 0.05, 4, -10, 1, P, P, P, P);

  @Test
  void aFrameWithASubjectExposesItsParts() {
    FaceLandmarks mesh = new FaceLandmarks(new float[FaceLandmarks.COUNT * 3], 0.99);
    FrameFaces frame = FrameFaces.of(FaceVerdict.ONE, List.of(BOX), mesh, GEOMETRY);
    assertThat(frame.subject()).contains(BOX);
    assertThat(frame.landmarks()).contains(mesh);
    assertThat(frame.geometry().orElseThrow().eyeAspect()).isEqualTo(0.29, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(frame).isEqualTo(FrameFaces.of(FaceVerdict.ONE, List.of(BOX), mesh, GEOMETRY));
  }

  @Test
  void aFrameCarriesAnOptionalEmbeddingOfItsSubject() {
    FaceEmbedding embedding = new FaceEmbedding("dlib-resnet-128", new float[] {1, 0, 0});
    FrameFaces plain = FrameFaces.of(FaceVerdict.ONE, List.of(BOX), null, null);
    FrameFaces described = FrameFaces.of(FaceVerdict.ONE, List.of(BOX), null, null, embedding);
    assertThat(plain.embedding()).isEmpty();
    assertThat(described.embedding()).contains(embedding);
    assertThat(plain.withEmbedding(embedding)).isEqualTo(described).isNotEqualTo(plain);
    assertThat(described.withEmbedding(null)).isEqualTo(plain);
    assertThatThrownBy(() -> FrameFaces.of(FaceVerdict.NONE, List.of(), null, null, embedding))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an embedding needs a subject");
  }

  @Test
  void aFrameRefusesContradictions() {
    assertThatThrownBy(() -> FrameFaces.of(FaceVerdict.ONE, List.of(), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ONE");
    assertThatThrownBy(() -> FrameFaces.of(FaceVerdict.NONE, List.of(BOX), null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FrameFaces.of(FaceVerdict.ONE, List.of(BOX), null, GEOMETRY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geometry needs landmarks");
  }

  @Test
  void selfieFacesNameTheBestFrameAndTheDescriptor() {
    FrameFaces none = FrameFaces.of(FaceVerdict.NONE, List.of(), null, null);
    FrameFaces one = FrameFaces.of(FaceVerdict.ONE, List.of(BOX), null, null);
    SelfieFaces faces = new SelfieFaces(List.of(none, one), 1, "dlib-resnet-128-mirror", 128);
    assertThat(faces.best()).isEqualTo(one);
    assertThatThrownBy(() -> new SelfieFaces(List.of(none), 1, "m", 128)).hasMessageContaining("best frame 1");
    assertThatThrownBy(() -> new SelfieFaces(List.of(one), 0, " ", 128)).hasMessageContaining("descriptor model");
    assertThatThrownBy(() -> new SelfieFaces(List.of(one), 0, "m", 0)).hasMessageContaining("dimension 0");
  }

  @Test
  void boxesAndMeshesAreCopiedInAndOut() {
    float[] keypoints = new float[12];
    FaceBox box = new FaceBox(0, 0, 10, 10, 0.5, keypoints);
    keypoints[0] = 7;
    assertThat(box.keypointX(0)).isZero();
    box.keypoints12()[0] = 7;
    assertThat(box.keypointX(0)).isZero();
    assertThatThrownBy(() -> new FaceBox(0, 0, 0, 10, 0.5, keypoints)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new FaceLandmarks(new float[3], 0.5)).hasMessageContaining("xyz has 3 values");
  }
}
