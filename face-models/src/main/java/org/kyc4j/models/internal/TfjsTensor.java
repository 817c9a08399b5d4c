package org.kyc4j.models.internal;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A decoded weight: its name, shape (row-major, TensorFlow's channels-last layout as stored) and
 * float32 values. The values are exposed only as read-only views, so instances are immutable and
 * thread-safe.
 */
public final class TfjsTensor {
  private final String name;
  private final List<Integer> shape;
  private final float[] values;

  TfjsTensor(String name, List<Integer> shape, float[] values) {
    this.name = Objects.requireNonNull(name, "name");
    this.shape = List.copyOf(shape);
    this.values = Objects.requireNonNull(values, "values");
    long count = shape.stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
    if (count != values.length) {
      throw new IllegalArgumentException("tensor " + name + " shape " + shape + " holds "
          + count + " elements but " + values.length + " values were given");
    }
  }

  /** The weight name from the manifest. */
  public String name() {
    return name;
  }

  /** The shape (empty for a scalar). */
  public List<Integer> shape() {
    return shape;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value at flat (row-major) index {@code i}. */
  public float get(int i) {
    return values[i];
  }

  /** A read-only view of all values, positioned at zero. */
  public FloatBuffer values() {
    return FloatBuffer.wrap(values).asReadOnlyBuffer();
  }

  /** A copy of all values. */
  public float[] toArray() {
    return values.clone();
  }

  @Override
  public String toString() {
    return "TfjsTensor[" + name + " " + shape + "]";
  }
}
