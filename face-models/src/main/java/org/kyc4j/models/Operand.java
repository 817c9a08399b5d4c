package org.kyc4j.models;

import ai.djl.ndarray.NDArray;

/**
 * One input of a node at run time: a constant (held in the weights manager, with its broadcast
 * form against rank-4 activations prepared at load so no run allocates in the weights manager) or
 * the output of another node. Immutable and thread-safe.
 */
final class Operand {
  private final int index;
  private final NDArray held;
  private final NDArray broadcast;

  private Operand(int index, NDArray held) {
    this.index = index;
    this.held = held;
    this.broadcast = held == null ? null : Layout.broadcastable(held);
  }

  /** Input {@code i} of the node being translated. */
  static Operand of(NodeOperands in, int i) {
    return new Operand(i, in.isConstant(i) ? in.array(i) : null);
  }

  /** True when this input is a constant of the model. */
  boolean constant() {
    return held != null;
  }

  /** The value as held (rank 4 channels-first). */
  NDArray value(NDArray[] inputs) {
    return held != null ? held : inputs[index];
  }

  /** The value shaped to broadcast against {@code other} as TensorFlow broadcasts. */
  NDArray against(NDArray other, NDArray[] inputs) {
    NDArray value = value(inputs);
    if (other.getShape().dimension() < 4 || value.getShape().dimension() >= 4) {
      return value;
    }
    return held != null ? broadcast : Layout.broadcastable(value);
  }
}
