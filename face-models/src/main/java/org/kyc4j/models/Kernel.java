package org.kyc4j.models;

import ai.djl.ndarray.NDArray;

/**
 * One translated graph node at run time: computes its output from its inputs, given in the node's
 * input order ({@code null} where the input is a constant the translation already took). Rank-4
 * activations are channels-first (NCHW); every other rank keeps TensorFlow's order. The result
 * may live in any manager: the caller moves it into the inference's. Stateless and thread-safe.
 */
@FunctionalInterface
interface Kernel {
  /** Computes the node's output. */
  NDArray apply(NDArray[] inputs);
}
