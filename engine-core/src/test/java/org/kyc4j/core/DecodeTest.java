package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

class DecodeTest {
  @Test
  void decodesAsVerifyDoes() {
    try (Kyc4j engine = Kyc4j.builder().discovery(false).build()) {
      RgbImage image = engine.decode(TestImages.png(TestImages.gradient(40, 30)));
      assertThat(image.width()).isEqualTo(40);
      assertThat(image.height()).isEqualTo(30);
    }
  }

  @Test
  void badBytesAreAnInvalidRequestNamingTheField() {
    try (Kyc4j engine = Kyc4j.builder().discovery(false).build()) {
      assertThatThrownBy(() -> engine.decode(new byte[] {1, 2, 3}))
          .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("image"))
          .hasMessageContaining("UNSUPPORTED_FORMAT");
      assertThatThrownBy(() -> engine.decode(null)).isInstanceOf(InvalidRequestException.class);
    }
  }
}
