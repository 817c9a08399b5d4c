package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.kyc4j.models.internal.StateDict;

/**
 * Builds MiniFASNet from a state dict, after upstream's {@code MiniFASNet} and
 * {@code MiniFASNetSE}: a 3x3 stride-2 stem, a 3x3 depthwise conv, then depthwise-separable blocks
 * ({@code conv_23}, 4 x {@code conv_3}, {@code conv_34}, 6 x {@code conv_4}, {@code conv_45},
 * 2 x {@code conv_5}; the stride-2 ones between stages), a 1x1 conv to 512 channels, a 5x5
 * depthwise conv to 1x1, and the head. Every tensor's shape is checked against the channel list.
 */
final class MiniFasNetLayers {
  /** The last depthwise kernel: {@code (80 + 15) / 16}, as upstream computes it. */
  static final int LAST_KERNEL = (MiniFasNet.INPUT_SIZE + 15) / 16;
  /** Channels before the head. */
  static final int FEATURES = 512;
  /** Width of the embedding between the head's linear layer and its classifier. */
  static final int EMBEDDING = 128;

  private MiniFasNetLayers() {}

  /** The body: every layer up to the 512 features of one 1x1 position. */
  static List<FasLayer> body(StateDict dict, MiniFasNetVariant variant, NDManager manager) {
    int[] keep = variant.keep();
    boolean se = variant.squeezeExcitation();
    List<FasLayer> layers = new ArrayList<>();
    layers.add(FasConv.fold(dict, "conv1.conv", "conv1.bn", "conv1.prelu",
        new FasConv.Spec(3, keep[0], 3, 2, false, true), manager));
    layers.add(FasConv.fold(dict, "conv2_dw.conv", "conv2_dw.bn", "conv2_dw.prelu",
        new FasConv.Spec(keep[0], keep[1], 3, 1, true, true), manager));
    layers.add(FasBlock.read(dict, "conv_23", keep, 1, 2, false, false, manager));
    addStage(layers, dict, "conv_3", keep, 4, 4, se, manager);
    layers.add(FasBlock.read(dict, "conv_34", keep, 16, 2, false, false, manager));
    addStage(layers, dict, "conv_4", keep, 19, 6, se, manager);
    layers.add(FasBlock.read(dict, "conv_45", keep, 37, 2, false, false, manager));
    addStage(layers, dict, "conv_5", keep, 40, 2, se, manager);
    layers.add(FasConv.fold(dict, "conv_6_sep.conv", "conv_6_sep.bn", "conv_6_sep.prelu",
        new FasConv.Spec(keep[46], keep[47], 1, 1, false, true), manager));
    NDArray[] last = lastWeight(dict, keep, manager);
    layers.add(new FasConv(last[0], last[1], null, 1, 0, keep[48]));
    return layers;
  }

  /** Residual blocks {@code NAME.model.i} from channel index {@code j}; with SE the last one gated. */
  private static void addStage(List<FasLayer> layers, StateDict dict, String name, int[] keep,
      int j, int blocks, boolean se, NDManager manager) {
    for (int i = 0; i < blocks; i++) {
      layers.add(FasBlock.read(dict, name + ".model." + i, keep, j + 3 * i, 1, true,
          se && i == blocks - 1, manager));
    }
  }

  /** {@code conv_6_dw}: a 5x5 depthwise conv without padding or PReLU (a Linear_block). */
  private static NDArray[] lastWeight(StateDict dict, int[] keep, NDManager manager) {
    if (keep[47] != keep[48] || keep[48] != FEATURES) {
      throw new IllegalArgumentException("conv_6_dw maps " + keep[47] + " to " + keep[48]
          + " channels; expected " + FEATURES + " depthwise");
    }
    float[] w = dict.floats("conv_6_dw.conv.weight", FEATURES, 1, LAST_KERNEL, LAST_KERNEL);
    float[] b = FasConv.foldBatchNorm(dict, "conv_6_dw.bn", w, FEATURES);
    return new NDArray[] {
      manager.create(w, new Shape(FEATURES, 1, LAST_KERNEL, LAST_KERNEL)),
      manager.create(b, new Shape(FEATURES))};
  }

  /**
   * The head folded into one affine map: {@code prob(bn(linear(x)))} with {@code linear}
   * 512x128 and {@code prob} 128x3 (no biases) and BatchNorm1d between them is
   * {@code x (P diag(s) L)^T + P t}. Returns the matrix shaped (512, classes) and the bias.
   */
  static NDArray[] head(StateDict dict, NDManager manager) {
    int classes = MiniFasNet.CLASSES;
    float[] linear = dict.floats("linear.weight", EMBEDDING, FEATURES);
    float[] prob = dict.floats("prob.weight", classes, EMBEDDING);
    float[] shift = FasConv.foldBatchNorm(dict, "bn", linear, EMBEDDING);
    double[] sum = new double[FEATURES * classes];
    float[] bias = new float[classes];
    for (int o = 0; o < classes; o++) {
      double b = 0;
      for (int e = 0; e < EMBEDDING; e++) {
        double p = prob[o * EMBEDDING + e];
        b += p * shift[e];
        for (int f = 0; f < FEATURES; f++) {
          sum[f * classes + o] += p * linear[e * FEATURES + f];
        }
      }
      bias[o] = (float) b;
    }
    float[] matrix = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      matrix[i] = (float) sum[i];
    }
    return new NDArray[] {manager.create(matrix, new Shape(FEATURES, classes)),
        manager.create(bias, new Shape(classes))};
  }
}
