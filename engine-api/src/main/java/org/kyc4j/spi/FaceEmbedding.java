package org.kyc4j.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A face descriptor as a board value: the vector a face-recognition model computed for one face,
 * named by the model so that vectors of different models are never compared. Copied in and out.
 *
 * @param model the descriptor model's id, for example {@code dlib-resnet-128}
 * @param values the descriptor, 1..4096 finite values
 */
public record FaceEmbedding(String model, float[] values) {
  /** Validates and copies. */
  public FaceEmbedding {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(values, "values");
    if (model.isBlank() || values.length == 0 || values.length > 4096) {
      throw new IllegalArgumentException("face embedding of model '" + model + "' has " + values.length
          + " values; allowed: a named model and 1..4096 values");
    }
    for (float v : values) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("face embedding of model '" + model + "' holds " + v);
      }
    }
    values = values.clone();
  }

  @Override
  public float[] values() {
    return values.clone();
  }

  /** Returns the number of values. */
  public int dimension() {
    return values.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaceEmbedding other && model.equals(other.model) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * model.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FaceEmbedding[" + model + ", " + values.length + " values]";
  }
}
