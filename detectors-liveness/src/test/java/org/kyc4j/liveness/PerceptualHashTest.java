package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

/** The perceptual hash: stable under noise and re-encoding, different for different pictures. */
class PerceptualHashTest {
  private static final long SEED = 5L;

  @Test
  void distanceCountsDifferingBits() {
    assertThat(PerceptualHash.distance(0L, 0L)).isZero();
    assertThat(PerceptualHash.distance(0L, -1L)).isEqualTo(64);
    assertThat(PerceptualHash.distance(0b1010L, 0b0110L)).isEqualTo(2);
  }

  @Test
  void noiseAndReEncodingMoveFewBits() {
    System.out.println("noise seed " + SEED);
    RgbImage render = Capture.toRgb(Images.render(320, 240, SEED, 0));
    long hash = hash(render);
    Random random = new Random(SEED);
    float[] noisy = render.luma();
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] += (float) (3 * random.nextGaussian());
    }
    assertThat(PerceptualHash.distance(hash, PerceptualHash.of(noisy, 320, 240))).isLessThanOrEqualTo(4);
    RgbImage reEncoded = Capture.decode(Images.jpeg(Images.render(320, 240, SEED, 0), 0.7f));
    assertThat(PerceptualHash.distance(hash, hash(reEncoded))).isLessThanOrEqualTo(4);
  }

  @Test
  void differentPicturesAreFarApart() {
    for (long other = 1; other <= 5; other++) {
      long a = hash(Capture.toRgb(Images.render(320, 240, SEED, 0)));
      long b = hash(Capture.toRgb(Images.render(320, 240, SEED + other * 100, 0)));
      assertThat(PerceptualHash.distance(a, b)).as("seed %d vs %d", SEED, SEED + other * 100).isGreaterThan(10);
    }
  }

  @Test
  void tinyRastersHashWithoutFailing() {
    assertThat(PerceptualHash.distance(PerceptualHash.of(new float[] {1, 2, 3, 4}, 2, 2),
        PerceptualHash.of(new float[] {1, 2, 3, 4}, 2, 2))).isZero();
  }

  private static long hash(RgbImage image) {
    return PerceptualHash.of(image.luma(), image.width(), image.height());
  }
}
