package org.kyc4j.models;

import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the translation of one TensorFlow op; the list of supported ops is public knowledge
 * for error messages. Stateless.
 */
final class OpTranslator {
  /** Every op a {@link GraphModel} runs (Const and Placeholder are handled by the plan). */
  static final Set<String> SUPPORTED = new TreeSet<>(Set.of("Const", "Placeholder", "Identity",
      "Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative", "MaxPool",
      "Add", "AddV2", "Sub", "Mul", "RealDiv", "Maximum", "Minimum", "Relu", "Relu6", "Prelu",
      "Sigmoid", "Tanh", "Abs", "Neg", "Square", "Softmax", "Pad", "PadV2", "Reshape",
      "ConcatV2"));

  private OpTranslator() {}

  /** True when {@code op} can be translated. */
  static boolean supports(String op) {
    return SUPPORTED.contains(op);
  }

  /** Translates the node of {@code in} (any op but Const and Placeholder). */
  static Kernel translate(NodeOperands in) {
    return switch (in.node().op()) {
      case "Conv2D" -> ConvOps.conv(in, false);
      case "_FusedConv2D" -> ConvOps.conv(in, true);
      case "DepthwiseConv2dNative" -> ConvOps.depthwise(in, false);
      case "FusedDepthwiseConv2dNative" -> ConvOps.depthwise(in, true);
      case "MaxPool" -> ConvOps.maxPool(in);
      case "Add", "AddV2", "Sub", "Mul", "RealDiv", "Maximum", "Minimum" -> TensorOps.binary(in);
      case "Identity", "Relu", "Relu6", "Sigmoid", "Tanh", "Abs", "Neg", "Square" ->
          Activations.unary(in);
      case "Prelu" -> Activations.prelu(in);
      case "Softmax" -> TensorOps.softmax(in);
      case "Pad", "PadV2" -> TensorOps.pad(in);
      case "Reshape" -> TensorOps.reshape(in);
      case "ConcatV2" -> TensorOps.concat(in);
      default -> throw in.failure("is not supported; supported ops: " + SUPPORTED);
    };
  }
}
