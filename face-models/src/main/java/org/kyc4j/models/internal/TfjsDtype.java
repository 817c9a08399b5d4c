package org.kyc4j.models.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The weight data types this reader decodes, with their TensorFlow.js names and byte widths:
 * weights are float32 or int32; uint8, uint16 and float16 only appear as quantised storage.
 */
public enum TfjsDtype {
  /** IEEE 754 single precision. */
  FLOAT32("float32", 4, false),
  /** Signed 32-bit integer. */
  INT32("int32", 4, false),
  /** Unsigned byte, affine-dequantised. */
  UINT8("uint8", 1, true),
  /** Unsigned 16-bit integer, affine-dequantised. */
  UINT16("uint16", 2, true),
  /** IEEE 754 half precision. */
  FLOAT16("float16", 2, true);

  private final String jsonName;
  private final int bytes;
  private final boolean quantised;

  TfjsDtype(String jsonName, int bytes, boolean quantised) {
    this.jsonName = jsonName;
    this.bytes = bytes;
    this.quantised = quantised;
  }

  /** The name used in {@code model.json}. */
  public String jsonName() {
    return jsonName;
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }

  /** Whether this is a quantised storage type (uint8, uint16, float16). */
  public boolean quantised() {
    return quantised;
  }

  /** The dtype named {@code name} in {@code model.json}; {@code where} prefixes the error. */
  static TfjsDtype of(String name, boolean quantisation, String where) {
    for (TfjsDtype d : values()) {
      if (d.jsonName.equals(name) && d.quantised == quantisation) {
        return d;
      }
    }
    String allowed = Arrays.stream(values()).filter(d -> d.quantised == quantisation)
        .map(TfjsDtype::jsonName).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        where + ": unknown dtype \"" + name + "\"; allowed: " + allowed);
  }
}
