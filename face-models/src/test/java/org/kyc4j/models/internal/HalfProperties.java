package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Half conversion against an independent encoder: every finite half converts to a float that a
 * float-to-half encoder built from Math.getExponent and Math.scalb maps back to the same bits.
 * QuickTheories prints the seed of any failing run.
 */
class HalfProperties {
  /** Every short, as the bits of a half. */
  private static final Gen<Short> HALVES = integers().between(Short.MIN_VALUE, Short.MAX_VALUE)
      .map(Integer::shortValue);

  @Test
  void finiteHalvesRoundTripThroughAnIndependentEncoder() {
    qt().withExamples(2000).forAll(HALVES).assuming(bits -> ((bits >> 10) & 0x1f) != 0x1f).checkAssert(bits -> {
      float value = Half.toFloat(bits);
      assertThat(encode(value)).isEqualTo(bits & 0xffff);
    });
  }

  @Test
  void conversionIsOddSymmetric() {
    qt().withExamples(500).forAll(HALVES).checkAssert(bits -> {
      float positive = Half.toFloat(bits & 0x7fff);
      float negative = Half.toFloat(bits | 0x8000);
      assertThat(Float.floatToRawIntBits(negative))
          .isEqualTo(Float.floatToRawIntBits(positive) | 0x80000000);
    });
  }

  /** Encodes a float that is exactly representable as a finite half. */
  private static int encode(float value) {
    int sign = Math.copySign(1f, value) < 0 ? 0x8000 : 0;
    float magnitude = Math.abs(value);
    if (magnitude == 0f) {
      return sign;
    }
    int exponent = Math.getExponent(magnitude);
    if (exponent < -14) {
      return sign | (int) Math.scalb(magnitude, 24);
    }
    int mantissa = (int) Math.scalb(magnitude, 10 - exponent) - 1024;
    return sign | ((exponent + 15) << 10) | mantissa;
  }
}
