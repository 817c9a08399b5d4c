package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RgbImageTest {

  @Test
  void ofCopiesAndClearsTheHighByte() {
    int[] pixels = {0xFF112233, 0x00445566};
    RgbImage image = RgbImage.of(2, 1, pixels);
    pixels[0] = 0;
    assertThat(image.rgb(0, 0)).isEqualTo(0x112233);
    assertThat(image.copyPixels()).containsExactly(0x112233, 0x445566);
  }

  @Test
  void adoptTakesTheArrayOverAndClearsTheHighByteInPlace() {
    int[] pixels = {0xFF112233, 0x80445566};
    RgbImage image = RgbImage.adopt(1, 2, pixels);
    assertThat(pixels).containsExactly(0x112233, 0x445566);
    assertThat(image.rgb(0, 1)).isEqualTo(0x445566);
  }

  @Test
  void sizesMustFitTheArray() {
    assertThatThrownBy(() -> RgbImage.adopt(2, 2, new int[3])).hasMessageContaining("2x2");
    assertThatThrownBy(() -> RgbImage.of(0, 1, new int[0])).hasMessageContaining("0x1");
  }
}
