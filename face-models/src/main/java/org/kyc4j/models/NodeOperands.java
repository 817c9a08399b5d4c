package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import org.kyc4j.models.internal.TfjsNode;
import org.kyc4j.models.internal.TfjsTensor;

/**
 * The inputs of one graph node while it is translated at load time: which are constants (weights,
 * shapes, paddings, axes) and which are computed at run time. Constants are read here once;
 * {@link #array} turns one into an NDArray held by the weights manager, rank-4 ones channels-first
 * like every rank-4 activation. Used by one loading thread only.
 */
final class NodeOperands {
  private final TfjsNode node;
  private final List<String> inputs;
  private final Map<String, TfjsTensor> constants;
  private final NDManager weights;

  NodeOperands(TfjsNode node, List<String> inputs, Map<String, TfjsTensor> constants,
      NDManager weights) {
    this.node = node;
    this.inputs = List.copyOf(inputs);
    this.constants = constants;
    this.weights = weights;
  }

  /** The node being translated. */
  TfjsNode node() {
    return node;
  }

  /** The number of data inputs (control inputs excluded). */
  int size() {
    return inputs.size();
  }

  /** Requires exactly {@code count} data inputs. */
  NodeOperands expect(int count) {
    if (inputs.size() != count) {
      throw failure("has " + inputs.size() + " inputs " + inputs + ", expected " + count);
    }
    return this;
  }

  /** True when input {@code i} is a constant of the model. */
  boolean isConstant(int i) {
    return constants.containsKey(inputs.get(i));
  }

  /** The constant input {@code i}, or an error naming the node when it is computed at run time. */
  TfjsTensor constant(int i) {
    TfjsTensor tensor = constants.get(inputs.get(i));
    if (tensor == null) {
      throw failure("input " + i + " (" + inputs.get(i) + ") must be a constant of the model");
    }
    return tensor;
  }

  /** The constant input {@code i} as integers (shapes, paddings, axes). */
  int[] ints(int i) {
    TfjsTensor tensor = constant(i);
    int[] values = new int[tensor.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = Math.round(tensor.get(k));
    }
    return values;
  }

  /** The constant input {@code i} as an NDArray of the weights manager (rank 4: channels-first). */
  NDArray array(int i) {
    TfjsTensor tensor = constant(i);
    long[] dims = tensor.shape().stream().mapToLong(Integer::longValue).toArray();
    NDArray array = weights.create(tensor.toArray(), new Shape(dims));
    return dims.length == 4 ? array.transpose(0, 3, 1, 2) : array;
  }

  /** Creates an NDArray of the weights manager from values already in PyTorch's layout. */
  NDArray weight(float[] values, long... dims) {
    return weights.create(values, new Shape(dims));
  }

  /** The string attribute {@code key}, or {@code fallback} when absent. */
  String text(String key, String fallback) {
    return node.attrs().containsKey(key) ? node.text(key) : fallback;
  }

  /** The integer list attribute {@code key}, or {@code fallback} when absent. */
  List<Long> ints(String key, List<Long> fallback) {
    return node.attrs().containsKey(key) ? node.ints(key) : fallback;
  }

  /** An error naming the node and its op. */
  ModelUnavailableException failure(String problem) {
    return new ModelUnavailableException("node " + node.name() + " (op " + node.op() + ") "
        + problem);
  }
}
