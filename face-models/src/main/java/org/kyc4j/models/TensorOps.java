package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Translates TensorFlow's layout-sensitive tensor ops (element-wise binaries with broadcasting,
 * Pad, Reshape, ConcatV2) onto arrays whose rank-4 members are held channels-first: each maps
 * TensorFlow's axes onto the held ones, and Reshape works on the channels-last order TensorFlow
 * sees. Stateless.
 */
final class TensorOps {
  /** Held (NCHW) axis to TensorFlow (NHWC) axis. */
  private static final int[] HELD_TO_TF = {0, 3, 1, 2};

  private TensorOps() {}

  /** Add, AddV2, Sub, Mul, Maximum, Minimum, RealDiv, with TensorFlow's broadcasting. */
  static Kernel binary(NodeOperands in) {
    in.expect(2);
    BinaryOperator<NDArray> f = switch (in.node().op()) {
      case "Add", "AddV2" -> NDArray::add;
      case "Sub" -> NDArray::sub;
      case "Mul" -> NDArray::mul;
      case "RealDiv" -> NDArray::div;
      case "Maximum" -> NDArray::maximum;
      case "Minimum" -> NDArray::minimum;
      default -> throw in.failure("is not an element-wise op of two inputs");
    };
    Operand a = Operand.of(in, 0);
    Operand b = Operand.of(in, 1);
    if (a.constant() && b.constant()) {
      throw in.failure("has only constant inputs; constant folding is not supported");
    }
    return inputs -> {
      NDArray x = a.value(inputs);
      NDArray y = b.value(inputs);
      return f.apply(a.against(y, inputs), b.against(x, inputs));
    };
  }

  /** Pad (zeros) and PadV2 (a constant value): paddings [rank, 2] in TensorFlow's axis order. */
  static Kernel pad(NodeOperands in) {
    boolean v2 = in.node().op().equals("PadV2");
    in.expect(v2 ? 3 : 2);
    int[] paddings = in.ints(1);
    double value = v2 ? in.constant(2).get(0) : 0;
    int rank = paddings.length / 2;
    long[] torch = new long[2 * rank];
    for (int held = rank - 1, k = 0; held >= 0; held--, k += 2) {
      int tf = rank == 4 ? HELD_TO_TF[held] : held;
      torch[k] = paddings[2 * tf];
      torch[k + 1] = paddings[2 * tf + 1];
    }
    for (long p : torch) {
      if (p < 0) {
        throw in.failure("has negative paddings " + java.util.Arrays.toString(paddings));
      }
    }
    Shape shape = new Shape(torch);
    return inputs -> {
      NDArray x = inputs[0];
      if (x.getShape().dimension() != rank) {
        throw new IllegalStateException("node " + in.node().name() + " pads rank "
            + x.getShape().dimension() + " with paddings for rank " + rank);
      }
      return x.pad(shape, value);
    };
  }

  /** Reshape to a constant shape, in TensorFlow's (channels-last) element order. */
  static Kernel reshape(NodeOperands in) {
    in.expect(2);
    int[] target = in.ints(1);
    String name = in.node().name();
    return inputs -> {
      NDArray x = Layout.external(inputs[0]);
      NDArray y = x.reshape(resolve(target, x.getShape().size(), name));
      return Layout.internal(y);
    };
  }

  /** ConcatV2: N inputs, then a constant axis in TensorFlow's order. */
  static Kernel concat(NodeOperands in) {
    int n = in.size() - 1;
    if (n < 1) {
      throw in.failure("has no inputs to concatenate");
    }
    int axis = in.ints(n)[0];
    List<Operand> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(Operand.of(in, i));
    }
    return inputs -> {
      NDList list = new NDList();
      for (Operand part : parts) {
        list.add(part.value(inputs));
      }
      return NDArrays.concat(list, Layout.axis(axis, list.get(0).getShape().dimension()));
    };
  }

  /** Softmax over TensorFlow's last axis. */
  static Kernel softmax(NodeOperands in) {
    in.expect(1);
    return inputs -> {
      NDArray x = inputs[0];
      int rank = x.getShape().dimension();
      return x.softmax(Layout.axis(-1, rank));
    };
  }

  /** A target shape with its one -1 (if any) resolved against {@code size} elements. */
  static Shape resolve(int[] target, long size, String node) {
    long known = 1;
    int unknown = -1;
    for (int i = 0; i < target.length; i++) {
      if (target[i] == -1 && unknown < 0) {
        unknown = i;
      } else if (target[i] < 0) {
        throw new IllegalArgumentException("node " + node + " reshapes to "
            + java.util.Arrays.toString(target) + ": at most one -1 and no other negative size");
      } else {
        known *= target[i];
      }
    }
    long[] dims = new long[target.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = i == unknown ? (known == 0 ? 0 : size / known) : target[i];
    }
    Shape shape = new Shape(dims);
    if (shape.size() != size) {
      throw new IllegalArgumentException("node " + node + " cannot reshape " + size
          + " values to " + java.util.Arrays.toString(target));
    }
    return shape;
  }
}
