package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceLandmarks;

class FaceChipTest {
  private static final long SEED = 7150150L;

  @Test
  void theMappingNamesFiftyOneDistinctMeshPoints() {
    assertThat(MeshPoints.DLIB_17_TO_67).hasSize(51);
    assertThat(Arrays.stream(MeshPoints.DLIB_17_TO_67).distinct().count()).isEqualTo(51);
    assertThat(Arrays.stream(MeshPoints.DLIB_17_TO_67).max().getAsInt()).isLessThan(FaceLandmarks.COUNT);
  }

  @Test
  void templateMatchesDlibsPaddedMeanFace() {
    // dlib point 36 (right eye outer corner): mean (0.121737, 0.216423), padding 0.25, size 150.
    assertThat(FaceChip.templateX(36 - 17)).isCloseTo((0.25 + 0.121737) / 1.5 * 150, within(1e-9));
    assertThat(FaceChip.templateY(36 - 17)).isCloseTo((0.25 + 0.216423) / 1.5 * 150, within(1e-9));
    // Eyes level, mouth below the nose tip, face centred.
    assertThat(FaceChip.templateY(39 - 17)).isEqualTo(FaceChip.templateY(42 - 17));
    assertThat(FaceChip.templateY(48 - 17)).isGreaterThan(FaceChip.templateY(30 - 17));
    assertThat(FaceChip.templateX(30 - 17)).isCloseTo(75, within(2.0));
  }

  @Test
  void chipPlacementRecoversTheSimilarityThatPlacedTheFace() {
    Affine truth = Affine.similarity(2.5, 0.4, 300, 120);
    Affine chipToImage = FaceChip.chipToImage(meshAt(truth));
    for (double c : new double[] {0.5, 40.5, 149.5}) {
      assertThat(chipToImage.x(c, c)).isCloseTo(truth.x(c - 0.5, c - 0.5) + 0.5, within(1e-3));
      assertThat(chipToImage.y(c, 20)).isCloseTo(truth.y(c - 0.5, 19.5) + 0.5, within(1e-3));
    }
  }

  @Test
  void aFaceAlreadyInChipPlaceIsCopiedPixelForPixel() {
    System.out.println("FaceChipTest seed " + SEED);
    Random random = new Random(SEED);
    int[] pixels = new int[FaceChip.SIZE * FaceChip.SIZE];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextInt(1 << 24);
    }
    RgbImage image = RgbImage.of(FaceChip.SIZE, FaceChip.SIZE, pixels);
    byte[] chip = FaceChip.extract(image, meshAt(Affine.IDENTITY));
    assertThat(chip).hasSize(150 * 150 * 3);
    for (int i = 0; i < pixels.length; i += 97) {
      assertThat(chip[3 * i] & 0xFF).isEqualTo((pixels[i] >> 16) & 0xFF);
      assertThat(chip[3 * i + 2] & 0xFF).isEqualTo(pixels[i] & 0xFF);
    }
  }

  @Test
  void mirrorFlipsRowsAndTwiceIsIdentity() {
    byte[] chip = new byte[150 * 150 * 3];
    new Random(SEED).nextBytes(chip);
    byte[] mirrored = FaceChip.mirror(chip);
    assertThat(Arrays.copyOfRange(mirrored, (5 * 150 + 149) * 3, (5 * 150 + 150) * 3))
        .isEqualTo(Arrays.copyOfRange(chip, 5 * 150 * 3, 5 * 150 * 3 + 3));
    assertThat(FaceChip.mirror(mirrored)).isEqualTo(chip);
    assertThatThrownBy(() -> FaceChip.mirror(new byte[10])).hasMessageContaining("10 bytes");
  }

  @Test
  void aChipCanBeSavedAsPngToLookAt() {
    // A bright 150-pixel-wide image with a dark band: the chip of a face at twice chip scale.
    int w = 400;
    int[] pixels = new int[w * w];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (i / w) % 40 < 20 ? 0xE0C0A0 : 0x203040;
    }
    RgbImage image = RgbImage.of(w, w, pixels);
    byte[] chip = FaceChip.extract(image, meshAt(Affine.similarity(2, 0.2, 50, 40)));
    Path file = Path.of("target", "face-debug", "synthetic-chip.png");
    ChipPng.save(chip, FaceChip.SIZE, FaceChip.SIZE, file);
    RgbImage back = ChipPng.read(file);
    assertThat(back.width()).isEqualTo(150);
    int centre = 75 * 150 + 75;
    assertThat(back.rgb(75, 75)).isEqualTo(((chip[3 * centre] & 0xFF) << 16)
        | ((chip[3 * centre + 1] & 0xFF) << 8) | (chip[3 * centre + 2] & 0xFF));
  }

  /** A mesh whose dlib-mapped points sit where {@code chipToImage} (pixel indices) puts the template. */
  static FaceLandmarks meshAt(Affine chipToImage) {
    float[] xyz = new float[FaceLandmarks.COUNT * 3];
    for (int i = 0; i < MeshPoints.DLIB_17_TO_67.length; i++) {
      int m = MeshPoints.DLIB_17_TO_67[i];
      xyz[3 * m] = (float) (chipToImage.x(FaceChip.templateX(i), FaceChip.templateY(i)) + 0.5);
      xyz[3 * m + 1] = (float) (chipToImage.y(FaceChip.templateX(i), FaceChip.templateY(i)) + 0.5);
    }
    return new FaceLandmarks(xyz, 1);
  }
}
