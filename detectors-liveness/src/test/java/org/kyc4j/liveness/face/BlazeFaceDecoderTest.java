package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;

class BlazeFaceDecoderTest {
  /** Raw outputs with every anchor far below threshold; tests switch single anchors on. */
  private final float[] fineBoxes = new float[512 * 16];
  private final float[] fineScores = filled(512, -20f);
  private final float[] coarseBoxes = new float[384 * 16];
  private final float[] coarseScores = filled(384, -20f);
  private final BlazeFaceDecoder decoder = new BlazeFaceDecoder();

  @Test
  void fineAnchorsRunByRowThenColumnThenAnchorWithStride16() {
    // Cell (column 5, row 3), second anchor: index (3 * 16 + 5) * 2 + 1, centre (88, 56).
    set(fineBoxes, fineScores, (3 * 16 + 5) * 2 + 1, 3f, 0, 0, 40, 30);
    FaceBox face = single(new Letterbox(256, 256, 256));
    assertThat(face.centreX()).isCloseTo(88, within(1e-4));
    assertThat(face.centreY()).isCloseTo(56, within(1e-4));
    assertThat(face.width()).isCloseTo(40, within(1e-4));
    assertThat(face.height()).isCloseTo(30, within(1e-4));
    assertThat(face.score()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-9));
  }

  @Test
  void coarseAnchorsHaveSixPerCellAndStride32() {
    // Cell (column 6, row 2), sixth anchor: index (2 * 8 + 6) * 6 + 5, centre (208, 80).
    set(coarseBoxes, coarseScores, (2 * 8 + 6) * 6 + 5, 2f, -8, 4, 64, 64);
    FaceBox face = single(new Letterbox(256, 256, 256));
    assertThat(face.centreX()).isCloseTo(200, within(1e-4));
    assertThat(face.centreY()).isCloseTo(84, within(1e-4));
  }

  @Test
  void keypointsAreOffsetsFromTheAnchorCentre() {
    int anchor = (8 * 16 + 8) * 2; // centre (136, 136)
    set(fineBoxes, fineScores, anchor, 4f, 0, 0, 80, 80);
    for (int k = 0; k < 6; k++) {
      fineBoxes[anchor * 16 + 4 + 2 * k] = -20 + 8 * k;
      fineBoxes[anchor * 16 + 5 + 2 * k] = 10 - k;
    }
    FaceBox face = single(new Letterbox(256, 256, 256));
    for (int k = 0; k < 6; k++) {
      assertThat(face.keypointX(k)).isCloseTo(136 - 20 + 8 * k, within(1e-4));
      assertThat(face.keypointY(k)).isCloseTo(136 + 10 - k, within(1e-4));
    }
  }

  @Test
  void boxesAreMappedBackThroughTheLetterbox() {
    // A 1000 x 500 image: scale 0.256, bars of 64 input pixels above and below.
    set(fineBoxes, fineScores, (8 * 16 + 8) * 2, 4f, 0, 0, 64, 32);
    Letterbox box = new Letterbox(1000, 500, 256);
    FaceBox face = single(box);
    assertThat(face.x()).isCloseTo((136 - 32) / 0.256, within(1e-3));
    assertThat(face.y()).isCloseTo((136 - 16 - 64) / 0.256, within(1e-3));
    assertThat(face.width()).isCloseTo(250, within(1e-3));
    assertThat(face.height()).isCloseTo(125, within(1e-3));
  }

  @Test
  void overlappingAnchorsBlendIntoOneWeightedFace() {
    set(fineBoxes, fineScores, (8 * 16 + 8) * 2, 2f, 0, 0, 80, 80);
    set(fineBoxes, fineScores, (8 * 16 + 8) * 2 + 1, 1f, 8, 0, 80, 80);
    set(coarseBoxes, coarseScores, 0, 5f, 0, 0, 20, 20); // far away, kept apart
    List<FaceBox> faces = decoder.decode(fineBoxes, fineScores, coarseBoxes, coarseScores, new Letterbox(256, 256, 256));
    assertThat(faces).hasSize(2);
    assertThat(faces.get(0).centreX()).isCloseTo(16, within(1e-4));
    FaceBox merged = faces.get(1);
    double w1 = 1 / (1 + Math.exp(-2));
    double w2 = 1 / (1 + Math.exp(-1));
    assertThat(merged.centreX()).isCloseTo(136 + 8 * w2 / (w1 + w2), within(1e-4));
    assertThat(merged.score()).isCloseTo(w1, within(1e-9));
  }

  @Test
  void scoresBelowTheThresholdAreDropped() {
    set(fineBoxes, fineScores, 10, -0.1f, 0, 0, 30, 30);
    assertThat(decoder.decode(fineBoxes, fineScores, coarseBoxes, coarseScores, new Letterbox(256, 256, 256))).isEmpty();
    assertThat(new BlazeFaceDecoder(0.4).decode(fineBoxes, fineScores, coarseBoxes, coarseScores,
        new Letterbox(256, 256, 256))).hasSize(1);
  }

  @Test
  void hugeAndInvalidLogitsAreHandled() {
    assertThat(BlazeFaceDecoder.sigmoid(1e30)).isCloseTo(1, within(1e-12));
    assertThat(BlazeFaceDecoder.sigmoid(-1e30)).isCloseTo(0, within(1e-12));
    fineScores[3] = Float.NaN;
    assertThat(decoder.decode(fineBoxes, fineScores, coarseBoxes, coarseScores, new Letterbox(9, 9, 256))).isEmpty();
  }

  @Test
  void refusesWrongLengthsAndThresholds() {
    assertThatThrownBy(() -> decoder.decode(new float[5], fineScores, coarseBoxes, coarseScores, new Letterbox(9, 9, 256)))
        .hasMessageContaining("fineBoxes has 5 values, 8192 expected");
    assertThatThrownBy(() -> new BlazeFaceDecoder(1.0)).hasMessageContaining("minScore 1.0");
    RgbImage image = RgbImage.of(9, 9, new int[81]);
    assertThatThrownBy(() -> BlazeFaceDecoder.input(image, Letterbox.of(image, 128))).hasMessageContaining("size 128");
  }

  @Test
  void inputIsTheLetterboxScaledToMinusOneToOne() {
    RgbImage image = RgbImage.of(3, 2, LetterboxProperties.filled(6, 0xFFFFFF));
    float[] input = BlazeFaceDecoder.input(image, BlazeFaceDecoder.letterbox(image));
    assertThat(input).hasSize(256 * 256 * 3);
    assertThat(input[(128 * 256 + 128) * 3]).isCloseTo(1f, within(1e-5f));
    assertThat(input[0]).isEqualTo(-1f);
  }

  private FaceBox single(Letterbox letterbox) {
    List<FaceBox> faces = decoder.decode(fineBoxes, fineScores, coarseBoxes, coarseScores, letterbox);
    assertThat(faces).hasSize(1);
    return faces.get(0);
  }

  private static void set(float[] boxes, float[] scores, int anchor, float logit, float dx, float dy, float w, float h) {
    scores[anchor] = logit;
    boxes[anchor * 16] = dx;
    boxes[anchor * 16 + 1] = dy;
    boxes[anchor * 16 + 2] = w;
    boxes[anchor * 16 + 3] = h;
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    Arrays.fill(a, v);
    return a;
  }
}
