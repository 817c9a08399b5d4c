package org.kyc4j.models.internal;

/**
 * IEEE 754 binary16 to binary32 conversion (Java 17 has none): exact for every half value,
 * including signed zeros, subnormals, infinities and NaN (payload kept in the high mantissa bits).
 * Stateless and thread-safe.
 */
final class Half {
  private static final int FLOAT_BIAS = 127;
  private static final int HALF_BIAS = 15;
  private static final int MANTISSA_SHIFT = 23 - 10;

  private Half() {}

  /** The float equal to the half whose bits are the low 16 bits of {@code bits}. */
  static float toFloat(int bits) {
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << MANTISSA_SHIFT));
    }
    if (exponent == 0) {
      if (mantissa == 0) {
        return Float.intBitsToFloat(sign);
      }
      return subnormal(sign, mantissa);
    }
    int floatExponent = exponent - HALF_BIAS + FLOAT_BIAS;
    return Float.intBitsToFloat(sign | (floatExponent << 23) | (mantissa << MANTISSA_SHIFT));
  }

  /** A subnormal half is normal as a float: shift the leading one out and lower the exponent. */
  private static float subnormal(int sign, int mantissa) {
    int shift = Integer.numberOfLeadingZeros(mantissa) - (32 - 11);
    int normalised = (mantissa << shift) & 0x3ff;
    int floatExponent = 1 - HALF_BIAS - shift + FLOAT_BIAS;
    return Float.intBitsToFloat(sign | (floatExponent << 23) | (normalised << MANTISSA_SHIFT));
  }
}
