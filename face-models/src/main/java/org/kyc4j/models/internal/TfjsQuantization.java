package org.kyc4j.models.internal;

import java.util.Objects;

/**
 * How a weight is stored when quantised: {@link TfjsDtype#UINT8} or {@link TfjsDtype#UINT16}
 * with the affine map {@code value = q * scale + min}, or {@link TfjsDtype#FLOAT16} (scale and
 * min unused, zero). Immutable and thread-safe.
 */
public record TfjsQuantization(TfjsDtype dtype, double scale, double min) {
  /** Validates: dtype must be a quantised storage type, scale and min finite. */
  public TfjsQuantization {
    Objects.requireNonNull(dtype, "dtype");
    if (!dtype.quantised()) {
      throw new IllegalArgumentException("quantization dtype: " + dtype.jsonName()
          + " is not allowed; allowed: uint8, uint16, float16");
    }
    if (!Double.isFinite(scale) || !Double.isFinite(min)) {
      throw new IllegalArgumentException("quantization scale/min: " + scale + "/" + min
          + " is not allowed; must be finite");
    }
  }
}
