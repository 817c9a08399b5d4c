package org.kyc4j.liveness.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.List;
import org.kyc4j.api.Level;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Each face-quality measure on a drawn face (see {@link DrawnFace}): the clean face passes every rule at
 * STANDARD, and each constructed defect fails the rule meant for it, at STANDARD, while leaving the measure
 * of the clean face far on the passing side.
 */
class FaceQualityMeasuresTest {
  private static final FaceQualityReading CLEAN = DrawnFace.measure(DrawnFace.image());

  @Test
  void theCleanDrawnFacePassesEveryRule() {
    assertThat(failing(CLEAN)).as(CLEAN.toString()).isEmpty();
    assertThat(CLEAN.border()).isLessThan(0.5);
    assertThat(CLEAN.background()).isLessThan(0.05);
  }

  @Test
  void aDarkFaceIsTooDarkAndABrightOneTooBright() {
    FaceQualityReading dark = DrawnFace.measure(scale(DrawnFace.image(), 0.08, 0));
    assertThat(failing(dark)).contains(QualityRule.DARK_MEAN, QualityRule.DARK_CLIPPED);
    FaceQualityReading bright = DrawnFace.measure(scale(DrawnFace.image(), 2.5, 60));
    assertThat(failing(bright)).contains(QualityRule.BRIGHT_MEAN, QualityRule.BRIGHT_CLIPPED)
        .doesNotContain(QualityRule.DARK_MEAN);
  }

  @Test
  void aBlurredFaceIsBlurred() {
    FaceQualityReading blurred = DrawnFace.measure(blur(blur(DrawnFace.image(), 7), 7));
    assertThat(failing(blurred)).as(CLEAN.sharpness() + " -> " + blurred.sharpness()).contains(QualityRule.SHARPNESS);
    assertThat(blurred.sharpness()).isLessThan(CLEAN.sharpness() / 1.5);
  }

  @Test
  void aNoisyBackgroundIsBusy() {
    BufferedImage busy = TestImages.noise(320, 320, 11);
    DrawnFace.drawFace(busy);
    FaceQualityReading reading = DrawnFace.measure(busy);
    assertThat(failing(reading)).contains(QualityRule.BACKGROUND);
    assertThat(reading.background()).isGreaterThan(0.8);
  }

  @Test
  void aFrameAroundTheFaceIsABorderButOneStraightEdgeIsNot() {
    BufferedImage framed = DrawnFace.image();
    Graphics2D g = framed.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(55, 40, 6, 240);
    g.fillRect(259, 40, 6, 240);
    g.fillRect(55, 40, 210, 6);
    g.fillRect(55, 274, 210, 6);
    g.dispose();
    FaceQualityReading reading = DrawnFace.measure(framed);
    assertThat(failing(reading)).contains(QualityRule.BORDER);
    assertThat(reading.border()).isGreaterThan(2.0);
    BufferedImage door = DrawnFace.image();
    Graphics2D d = door.createGraphics();
    d.setColor(Color.WHITE);
    d.fillRect(55, 0, 6, 320);
    d.dispose();
    assertThat(DrawnFace.measure(door).border()).isLessThan(0.5);
  }

  @Test
  void patchesOverTheEyesOrTheMouthAreOcclusions() {
    FaceQualityReading skinEyes = DrawnFace.measure(patch(DrawnFace.image(), 118, 124, 84, 32, 0xd9a486));
    assertThat(failing(skinEyes)).contains(QualityRule.EYE_TEXTURE);
    FaceQualityReading darkEyes = DrawnFace.measure(patch(DrawnFace.image(), 118, 124, 84, 32, 0x161616));
    assertThat(failing(darkEyes)).contains(QualityRule.EYE_LUMA);
    FaceQualityReading mouth = DrawnFace.measure(patch(DrawnFace.image(), 130, 176, 60, 28, 0xd9a486));
    assertThat(failing(mouth)).contains(QualityRule.MOUTH_TEXTURE);
    assertThat(skinEyes.eyeTexture()).isLessThan(CLEAN.eyeTexture() / 5);
  }

  @Test
  void aTurnedOrTiltedHeadFailsPoseAndPitchIsJudgedAroundItsBias() {
    var image = DrawnFace.rgb(DrawnFace.image());
    assertThat(failing(FaceQualityMeasures.measure(image, DrawnFace.frame(55, FaceQualityPolicy.PITCH_BIAS, 0))))
        .containsExactly(QualityRule.YAW);
    assertThat(failing(FaceQualityMeasures.measure(image, DrawnFace.frame(0, FaceQualityPolicy.PITCH_BIAS, 45))))
        .containsExactly(QualityRule.ROLL);
    assertThat(failing(FaceQualityMeasures.measure(image, DrawnFace.frame(0, 35, 0))))
        .containsExactly(QualityRule.PITCH);
    assertThat(failing(FaceQualityMeasures.measure(image, DrawnFace.frame(0, -25, 0)))).isEmpty();
  }

  @Test
  void closeEyesMeanATooSmallFace() {
    FaceGeometry close = new FaceGeometry(0.3, 0.3, 0.05, 0, FaceQualityPolicy.PITCH_BIAS, 0,
        new FaceGeometry.Point(155, 140), new FaceGeometry.Point(165, 140), DrawnFace.MOUTH_RIGHT, DrawnFace.MOUTH_LEFT);
    FrameFaces frame = FrameFaces.of(FaceVerdict.ONE, List.of(DrawnFace.BOX), DrawnFace.landmarks(), close);
    FaceQualityReading reading = FaceQualityMeasures.measure(DrawnFace.rgb(DrawnFace.image()), frame);
    assertThat(reading.eyeDistance()).isEqualTo(10.0);
    assertThat(failing(reading)).contains(QualityRule.EYE_DISTANCE);
  }

  @Test
  void withoutMeshTheMeshMeasuresAreNotTakenAndNeverFail() {
    FrameFaces boxOnly = FrameFaces.of(FaceVerdict.ONE, List.of(DrawnFace.BOX), null, null);
    FaceQualityReading reading = FaceQualityMeasures.measure(DrawnFace.rgb(DrawnFace.image()), boxOnly);
    assertThat(reading.eyeDistance()).isNaN();
    assertThat(reading.eyeTexture()).isNaN();
    assertThat(reading.yaw()).isNaN();
    assertThat(reading.lumaMean()).isEqualTo(CLEAN.lumaMean());
    assertThat(failing(reading)).isEmpty();
  }

  static List<QualityRule> failing(FaceQualityReading reading) {
    return Arrays.stream(QualityRule.values()).filter(r -> r.fails(reading, Level.STANDARD)).toList();
  }

  private static BufferedImage scale(BufferedImage image, double gain, double offset) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          int v = (int) Math.max(0, Math.min(255, Math.round(((p >> shift) & 0xff) * gain + offset)));
          out |= v << shift;
        }
        image.setRGB(x, y, out);
      }
    }
    return image;
  }

  private static BufferedImage blur(BufferedImage image, int size) {
    float[] k = new float[size * size];
    Arrays.fill(k, 1f / k.length);
    return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
  }

  private static BufferedImage patch(BufferedImage image, int x, int y, int w, int h, int rgb) {
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(rgb));
    g.fillRect(x, y, w, h);
    g.dispose();
    return image;
  }
}
