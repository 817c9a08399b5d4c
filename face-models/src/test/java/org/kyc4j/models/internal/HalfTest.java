package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks every one of the 65,536 half values against an arithmetic reference. */
class HalfTest {
  /** The half's value computed with Math.scalb instead of bit assembly. */
  static float reference(int bits) {
    int sign = (bits & 0x8000) != 0 ? -1 : 1;
    int exponent = (bits >> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return mantissa == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
    }
    if (exponent == 0) {
      return Math.copySign(Math.scalb((float) mantissa, -24), (float) sign);
    }
    return sign * Math.scalb((float) (1024 + mantissa), exponent - 25);
  }

  @Test
  void everyHalfValueMatchesTheReference() {
    for (int bits = 0; bits < 0x10000; bits++) {
      float actual = Half.toFloat(bits);
      float expected = reference(bits);
      if (Float.isNaN(expected)) {
        assertThat(actual).as("bits %04x", bits).isNaN();
        int payload = (Float.floatToRawIntBits(actual) >>> 13) & 0x3ff;
        assertThat(payload).as("NaN payload of %04x", bits).isEqualTo(bits & 0x3ff);
      } else {
        assertThat(Float.floatToRawIntBits(actual)).as("bits %04x", bits)
            .isEqualTo(Float.floatToRawIntBits(expected));
      }
    }
  }

  @Test
  void knownValues() {
    assertThat(Half.toFloat(0x3c00)).isEqualTo(1.0f);
    assertThat(Half.toFloat(0xc000)).isEqualTo(-2.0f);
    assertThat(Half.toFloat(0x7bff)).isEqualTo(65504.0f);
    assertThat(Half.toFloat(0x0001)).isEqualTo(5.9604645e-8f);
    assertThat(Half.toFloat(0x03ff)).isEqualTo(6.097555e-5f);
    assertThat(Half.toFloat(0x0400)).isEqualTo(6.1035156e-5f);
    assertThat(Half.toFloat(0x3555)).isEqualTo(0.33325195f);
    assertThat(Float.floatToRawIntBits(Half.toFloat(0x8000))).isEqualTo(0x80000000);
    assertThat(Half.toFloat(0x7c00)).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(Half.toFloat(0xfc00)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(Half.toFloat(0x7e00)).isNaN();
  }

  @Test
  void ignoresBitsAboveTheLowSixteen() {
    assertThat(Half.toFloat(0xffff3c00)).isEqualTo(1.0f);
    assertThat(Half.toFloat((short) 0xc000)).isEqualTo(-2.0f);
  }
}
