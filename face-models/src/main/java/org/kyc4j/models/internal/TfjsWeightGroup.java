package org.kyc4j.models.internal;

import java.util.List;

/**
 * One group of a TensorFlow.js weights manifest: shard file paths (relative to the model
 * directory, read in order) and the weights their concatenated bytes hold, in order.
 * Immutable and thread-safe.
 */
public record TfjsWeightGroup(List<String> paths, List<TfjsWeightSpec> weights) {
  /** Copies both lists. */
  public TfjsWeightGroup {
    paths = List.copyOf(paths);
    weights = List.copyOf(weights);
  }
}
