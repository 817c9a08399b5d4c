package org.kyc4j.models.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One weight of a TensorFlow.js weights manifest: name, shape, logical dtype (float32 or int32)
 * and optional quantised storage. Immutable and thread-safe.
 */
public record TfjsWeightSpec(String name, List<Integer> shape, TfjsDtype dtype,
    Optional<TfjsQuantization> quantization) {
  /** Most elements one weight may have (its float array must fit in a Java array). */
  public static final int MAX_ELEMENTS = 1 << 28;

  /** Validates: non-empty name, non-negative dimensions, at most {@link #MAX_ELEMENTS}. */
  public TfjsWeightSpec {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("weight name: " + name + " is not allowed; non-empty");
    }
    shape = List.copyOf(shape);
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(quantization, "quantization");
    if (dtype.quantised()) {
      throw new IllegalArgumentException("weight " + name + " dtype: " + dtype.jsonName()
          + " is not allowed; allowed: float32, int32 (quantised types go in quantization)");
    }
    long count = 1;
    for (int dim : shape) {
      if (dim < 0) {
        throw new IllegalArgumentException("weight " + name + " shape: " + shape
            + " is not allowed; dimensions must be >= 0");
      }
      count *= dim;
      if (count > MAX_ELEMENTS) {
        throw new IllegalArgumentException("weight " + name + " shape: " + shape
            + " is not allowed; at most " + MAX_ELEMENTS + " elements");
      }
    }
  }

  /** Number of elements (1 for a scalar). */
  public int elements() {
    int count = 1;
    for (int dim : shape) {
      count *= dim;
    }
    return count;
  }

  /** The type the bytes are stored in: the quantisation dtype if any, else {@link #dtype()}. */
  public TfjsDtype storage() {
    return quantization.map(TfjsQuantization::dtype).orElse(dtype);
  }

  /** Bytes this weight occupies in the concatenated shards. */
  public long byteCount() {
    return (long) elements() * storage().bytes();
  }
}
