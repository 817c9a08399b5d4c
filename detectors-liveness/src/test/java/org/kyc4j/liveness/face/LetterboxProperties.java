package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

/**
 * Letterboxing of any image size into a square input: the round trip image to input and back is
 * the identity, and the image is centred with its long side filling the input. QuickTheories
 * prints the seed of any failing run.
 */
class LetterboxProperties {
  @Test
  void imageToInputAndBackIsIdentity() {
    qt().withExamples(1000).forAll(integers().between(1, 5000), integers().between(1, 5000),
        doubles().between(-1, 2), doubles().between(-1, 2)).checkAssert((width, height, fx, fy) -> {
          Letterbox box = new Letterbox(width, height, 256);
          double x = fx * width;
          double y = fy * height;
          assertThat(box.toImageX(box.toInputX(x))).isCloseTo(x, within(1e-9 * (1 + Math.abs(x))));
          assertThat(box.toImageY(box.toInputY(y))).isCloseTo(y, within(1e-9 * (1 + Math.abs(y))));
        });
  }

  @Test
  void imageIsCentredAndItsLongSideFillsTheInput() {
    qt().withExamples(1000).forAll(integers().between(1, 5000), integers().between(1, 5000))
        .checkAssert((width, height) -> {
          Letterbox box = new Letterbox(width, height, 256);
          double left = box.toInputX(0);
          double right = box.toInputX(width);
          double top = box.toInputY(0);
          double bottom = box.toInputY(height);
          assertThat(left + right).isCloseTo(256, within(1e-9));
          assertThat(top + bottom).isCloseTo(256, within(1e-9));
          assertThat(Math.max(right - left, bottom - top)).isCloseTo(256, within(1e-9));
          assertThat((right - left) / (bottom - top))
              .isCloseTo((double) width / height, within(1e-9 * width / height));
        });
  }

  @Test
  void sampleFillsTheImageAndLeavesBlackBars() {
    RgbImage image = RgbImage.of(40, 20, filled(40 * 20, 0x336699));
    Letterbox box = Letterbox.of(image, 32);
    float[] input = box.sample(image, 1 / 127.5f, -1f);
    assertThat(input).hasSize(32 * 32 * 3);
    // Rows 0..7 and 24..31 are bars; rows 8..23 hold the image.
    assertThat(input[(2 * 32 + 5) * 3]).isEqualTo(-1f);
    assertThat(input[(30 * 32 + 31) * 3 + 2]).isEqualTo(-1f);
    int inside = (16 * 32 + 16) * 3;
    assertThat(input[inside]).isCloseTo(0x33 / 127.5f - 1, within(1e-5f));
    assertThat(input[inside + 1]).isCloseTo(0x66 / 127.5f - 1, within(1e-5f));
    assertThat(input[inside + 2]).isCloseTo(0x99 / 127.5f - 1, within(1e-5f));
    assertThat(box.sampleRgb(image)[inside + 2] & 0xFF).isEqualTo(0x99);
  }

  @Test
  void refusesBadSizesAndAnotherImage() {
    assertThatThrownBy(() -> new Letterbox(0, 5, 256)).hasMessageContaining("image size 0x5");
    assertThatThrownBy(() -> new Letterbox(5, 5, 0)).hasMessageContaining("size 0");
    Letterbox box = new Letterbox(10, 10, 16);
    RgbImage other = RgbImage.of(11, 10, new int[110]);
    assertThatThrownBy(() -> box.sample(other, 1, 0)).hasMessageContaining("does not match");
  }

  static int[] filled(int n, int rgb) {
    int[] pixels = new int[n];
    java.util.Arrays.fill(pixels, rgb);
    return pixels;
  }
}
