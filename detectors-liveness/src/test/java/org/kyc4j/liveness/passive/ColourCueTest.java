package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;

/**
 * The colour cue: a grey face has saturation 0, a skin tone its HSV saturation, and only the box is
 * read (a saturated background outside it does not count), also when the box runs off the image.
 */
class ColourCueTest {
  @Test
  void greyIsZeroAndSkinIsItsSaturation() {
    assertThat(ColourCue.saturation(filled(0x808080), new FaceBox(10, 10, 60, 60, 0.9, new float[12]))).isZero();
    double skin = ColourCue.saturation(filled(0xE0A080), new FaceBox(10, 10, 60, 60, 0.9, new float[12]));
    assertThat(skin).isCloseTo((0xE0 - 0x80) / (double) 0xE0, within(1e-9));
  }

  @Test
  void onlyTheBoxCountsEvenWhenItLeavesTheImage() {
    int[] pixels = new int[100 * 100];
    Arrays.fill(pixels, 0xFF0000);
    for (int y = 0; y < 50; y++) {
      for (int x = 0; x < 50; x++) {
        pixels[y * 100 + x] = 0x606060;
      }
    }
    RgbImage image = RgbImage.of(100, 100, pixels);
    assertThat(ColourCue.saturation(image, new FaceBox(-20, -20, 60, 60, 0.9, new float[12]))).isZero();
    assertThat(ColourCue.saturation(image, new FaceBox(60, 60, 30, 30, 0.9, new float[12]))).isEqualTo(1.0);
  }

  private static RgbImage filled(int rgb) {
    int[] pixels = new int[100 * 100];
    Arrays.fill(pixels, rgb);
    return RgbImage.of(100, 100, pixels);
  }
}
