package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

class ImageWarpTest {
  private static final long SEED = 20240611L;

  @Test
  void identityMapCopiesThePixelsExactly() {
    System.out.println("ImageWarpTest seed " + SEED);
    Random random = new Random(SEED);
    int[] pixels = new int[13 * 7];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextInt(1 << 24);
    }
    RgbImage image = RgbImage.of(13, 7, pixels);
    byte[] out = ImageWarp.toRgb(image, Affine.IDENTITY, 13, 7);
    for (int i = 0; i < pixels.length; i++) {
      assertThat(out[3 * i] & 0xFF).isEqualTo((pixels[i] >> 16) & 0xFF);
      assertThat(out[3 * i + 1] & 0xFF).isEqualTo((pixels[i] >> 8) & 0xFF);
      assertThat(out[3 * i + 2] & 0xFF).isEqualTo(pixels[i] & 0xFF);
    }
  }

  @Test
  void halfPixelShiftAveragesNeighbours() {
    RgbImage image = RgbImage.of(2, 1, new int[] {0x000000, 0xC8C8C8});
    float[] out = ImageWarp.toFloat(image, new Affine(1, 0, 0.5, 0, 1, 0), 1, 1, 1, 0);
    assertThat(out[0]).isCloseTo(100f, within(1e-4f));
  }

  @Test
  void shrinkingEightTimesAveragesEveryPixelOfTheFootprint() {
    // One white pixel at the corner of every 8 x 8 block: a single bilinear tap at the block centre
    // would miss it; the prefilter sees it as 1/64 of the block.
    int n = 256;
    int[] pixels = new int[n * n];
    for (int y = 0; y < n; y += 8) {
      for (int x = 0; x < n; x += 8) {
        pixels[y * n + x] = 0xFFFFFF;
      }
    }
    RgbImage image = RgbImage.of(n, n, pixels);
    Affine shrink = new Affine(8, 0, 0, 0, 8, 0);
    assertThat(ImageWarp.taps(shrink)).isEqualTo(4);
    float[] out = ImageWarp.toFloat(image, shrink, 32, 32, 1, 0);
    for (int i = 3 * 33; i < out.length - 3 * 33; i++) {
      assertThat(out[i]).isCloseTo(255f / 64, within(1e-3f));
    }
  }

  @Test
  void pointsOutsideTheImageAreBlack() {
    RgbImage image = RgbImage.of(4, 4, LetterboxProperties.filled(16, 0xFFFFFF));
    byte[] out = ImageWarp.toRgb(image, new Affine(1, 0, -4, 0, 1, 0), 8, 4);
    assertThat(out[0]).isEqualTo((byte) 0);
    assertThat(out[(2 * 8 + 6) * 3] & 0xFF).isEqualTo(255);
  }
}
