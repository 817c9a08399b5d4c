package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;

/**
 * The face mesh crop: eyes lie level in it with the right eye on the left, landmarks map back to
 * the crop they came from, and the crop samples the image where the landmarks say. QuickTheories
 * prints the seed of any failing run.
 */
class MeshCropProperties {
  @Test
  void eyesLieLevelInTheCropWithTheRightEyeOnTheLeft() {
    qt().withExamples(1000).forAll(doubles().between(-3.1, 3.1), doubles().between(10, 400), doubles().between(0, 900))
        .checkAssert((angle, eyeDistance, cx) -> {
          FaceBox face = faceWithEyes(cx, 300, eyeDistance, angle);
          Affine toCrop = MeshCrop.of(face).cropToImage().inverse();
          double rx = face.keypointX(FaceBox.RIGHT_EYE);
          double ry = face.keypointY(FaceBox.RIGHT_EYE);
          double lx = face.keypointX(FaceBox.LEFT_EYE);
          double ly = face.keypointY(FaceBox.LEFT_EYE);
          assertThat(toCrop.y(rx, ry)).isCloseTo(toCrop.y(lx, ly), within(1e-3));
          assertThat(toCrop.x(lx, ly) - toCrop.x(rx, ry)).isGreaterThan(0);
        });
  }

  @Test
  void landmarksMapBackToTheCropTheyCameFrom() {
    qt().withExamples(1000).forAll(doubles().between(-3, 3), doubles().between(0, 192), doubles().between(0, 192),
        doubles().between(-50, 50)).checkAssert((angle, u, v, z) -> {
          MeshCrop crop = new MeshCrop(400, 250, 300, angle);
          float[] mesh = new float[1404];
          mesh[30] = u.floatValue();
          mesh[31] = v.floatValue();
          mesh[32] = z.floatValue();
          FaceLandmarks landmarks = crop.landmarks(mesh, 0.9);
          Affine back = crop.cropToImage().inverse();
          assertThat(back.x(landmarks.x(10), landmarks.y(10))).isCloseTo(u, within(1e-3));
          assertThat(back.y(landmarks.x(10), landmarks.y(10))).isCloseTo(v, within(1e-3));
          assertThat(landmarks.z(10)).isCloseTo(z * 300 / 192, within(1e-3));
          // The crop centre is the crop's (96, 96).
          assertThat(landmarks.x(0)).isCloseTo(crop.cropToImage().x(0, 0), within(1e-3));
          assertThat(crop.cropToImage().x(96, 96)).isCloseTo(400, within(1e-9));
        });
  }

  @Test
  void cropIsOneAndAHalfTimesTheBoxAroundItsCentre() {
    FaceBox face = new FaceBox(100, 50, 80, 120, 0.9, new float[12]);
    MeshCrop crop = MeshCrop.of(face);
    assertThat(crop.side()).isCloseTo(180, within(1e-9));
    assertThat(crop.centreX()).isCloseTo(140, within(1e-9));
    assertThat(crop.centreY()).isCloseTo(110, within(1e-9));
    assertThat(crop.angle()).isZero();
  }

  @Test
  void inputSeesTheImageWhereTheLandmarksSayItIs() {
    int size = 400;
    int[] pixels = new int[size * size];
    int spotX = 231;
    int spotY = 148;
    pixels[spotY * size + spotX] = 0xFFFFFF;
    RgbImage image = RgbImage.of(size, size, pixels);
    MeshCrop crop = new MeshCrop(200, 180, 150, 0.6); // 150 / 192: each crop pixel is under one image pixel
    float[] input = crop.input(image);
    int brightest = 0;
    for (int i = 0; i < input.length; i += 3) {
      brightest = input[i] > input[brightest] ? i : brightest;
    }
    float[] mesh = new float[1404];
    mesh[0] = (brightest / 3) % 192 + 0.5f;
    mesh[1] = (brightest / 3) / 192 + 0.5f;
    FaceLandmarks landmarks = crop.landmarks(mesh, 1);
    assertThat(landmarks.x(0)).isCloseTo(spotX + 0.5, within(1.0));
    assertThat(landmarks.y(0)).isCloseTo(spotY + 0.5, within(1.0));
    assertThat(input[brightest]).isGreaterThan(0.2f).isLessThanOrEqualTo(1f);
  }

  @Test
  void refusesAMeshOfTheWrongSize() {
    MeshCrop crop = new MeshCrop(1, 1, 10, 0);
    assertThatThrownBy(() -> crop.landmarks(new float[1403], 1)).hasMessageContaining("1403");
    assertThatThrownBy(() -> new MeshCrop(1, 1, -1, 0)).hasMessageContaining("side -1.0");
  }

  /** A square face box centred at (cx, cy) whose eyes lie at {@code angle} (radians, y down). */
  static FaceBox faceWithEyes(double cx, double cy, double eyeDistance, double angle) {
    float[] keypoints = new float[12];
    double ux = Math.cos(angle) * eyeDistance / 2;
    double uy = Math.sin(angle) * eyeDistance / 2;
    keypoints[0] = (float) (cx - ux);
    keypoints[1] = (float) (cy - uy);
    keypoints[2] = (float) (cx + ux);
    keypoints[3] = (float) (cy + uy);
    double side = eyeDistance * 2.4;
    return new FaceBox(cx - side / 2, cy - side / 2, side, side, 0.9, keypoints);
  }
}
