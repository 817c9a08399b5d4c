package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kyc4j.models.internal.TfjsAttr;

/**
 * Activation functions, fused (after a convolution's BiasAdd) or standalone. PReLU is computed as
 * {@code max(x, 0) + alpha * min(x, 0)} (exactly TensorFlow's {@code x < 0 ? alpha * x : x});
 * DJL's PyTorch engine does not implement its own prelu. Stateless.
 */
final class Activations {
  private Activations() {}

  /** The activation named in {@code fused_ops} after BiasAdd; PReLU's alpha is input {@code alphaInput}. */
  static UnaryOperator<NDArray> fused(NodeOperands in, List<String> ops, int alphaInput) {
    if (ops.isEmpty()) {
      return UnaryOperator.identity();
    }
    if (ops.size() == 1) {
      switch (ops.get(0)) {
        case "Relu":
          return Activation::relu;
        case "Relu6":
          return Activation::relu6;
        case "Prelu":
          return prelu(Operand.of(in, alphaInput));
        case "LeakyRelu":
          float alpha = (float) in.node().attr("leakyrelu_alpha", TfjsAttr.Real.class).value();
          return x -> Activation.leakyRelu(x, alpha);
        default:
          break;
      }
    }
    throw in.failure("fuses " + ops + " after BiasAdd; supported: nothing, Relu, Relu6, Prelu, "
        + "LeakyRelu");
  }

  /** The standalone Prelu op: input, alpha. */
  static Kernel prelu(NodeOperands in) {
    in.expect(2);
    Operand alpha = Operand.of(in, 1);
    if (!alpha.constant()) {
      throw in.failure("has a computed alpha; only a constant alpha is supported");
    }
    UnaryOperator<NDArray> f = prelu(alpha);
    return inputs -> f.apply(inputs[0]);
  }

  private static UnaryOperator<NDArray> prelu(Operand alpha) {
    return x -> x.maximum(0).add(x.minimum(0).mul(alpha.against(x, null)));
  }

  /** Standalone element-wise ops of one input. */
  static Kernel unary(NodeOperands in) {
    in.expect(1);
    if (in.isConstant(0)) {
      throw in.failure("has a constant input; constant folding is not supported");
    }
    UnaryOperator<NDArray> f = switch (in.node().op()) {
      case "Relu" -> Activation::relu;
      case "Relu6" -> Activation::relu6;
      case "Sigmoid" -> Activation::sigmoid;
      case "Tanh" -> Activation::tanh;
      case "Abs" -> NDArray::abs;
      case "Neg" -> NDArray::neg;
      case "Square" -> NDArray::square;
      case "Identity" -> UnaryOperator.identity();
      default -> throw in.failure("is not an element-wise op of one input");
    };
    return inputs -> f.apply(inputs[0]);
  }
}
