package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import org.kyc4j.models.internal.StateDict;

/**
 * One convolution of MiniFASNet with its eval-mode BatchNorm folded in at load
 * ({@code conv(x, W) * s + t} with {@code s = gamma / sqrt(var + eps)}, {@code t = beta - mean * s},
 * is {@code conv(x, W * s) + t}), optionally followed by a per-channel PReLU. Immutable and
 * thread-safe while its manager is open.
 *
 * @param alpha PReLU's slopes shaped {@code (1, C, 1, 1)}, or null for none
 */
record FasConv(NDArray weight, NDArray bias, NDArray alpha, int stride, int pad, int groups)
    implements FasLayer {
  /** PyTorch's BatchNorm default epsilon, which upstream keeps. */
  static final double BN_EPS = 1e-5;

  /** The shape of one convolution: channels, kernel, stride, grouping and whether PReLU follows. */
  record Spec(int in, int out, int kernel, int stride, boolean depthwise, boolean prelu) {}

  /**
   * Reads {@code CONV.weight}, the BatchNorm {@code BN.weight/bias/running_mean/running_var} and,
   * for a PReLU, {@code PRELU.weight}; checks their shapes against {@code spec} and folds them.
   */
  static FasConv fold(StateDict dict, String conv, String bn, String prelu, Spec spec,
      NDManager manager) {
    int perGroup = spec.depthwise() ? 1 : spec.in();
    int k = spec.kernel();
    float[] w = dict.floats(conv + ".weight", spec.out(), perGroup, k, k);
    float[] bias = foldBatchNorm(dict, bn, w, spec.out());
    NDArray alpha = null;
    if (spec.prelu()) {
      alpha = manager.create(dict.floats(prelu + ".weight", spec.out()),
          new Shape(1, spec.out(), 1, 1));
    }
    return new FasConv(manager.create(w, new Shape(spec.out(), perGroup, k, k)),
        manager.create(bias, new Shape(spec.out())), alpha, spec.stride(), k / 2,
        spec.depthwise() ? spec.in() : 1);
  }

  /**
   * Scales the rows of {@code w} (one per output channel) by BatchNorm {@code bn}'s factor in
   * place and returns its shift, the folded bias.
   */
  static float[] foldBatchNorm(StateDict dict, String bn, float[] w, int channels) {
    float[] gamma = dict.floats(bn + ".weight", channels);
    float[] beta = dict.floats(bn + ".bias", channels);
    float[] mean = dict.floats(bn + ".running_mean", channels);
    float[] var = dict.floats(bn + ".running_var", channels);
    int row = w.length / channels;
    float[] shift = new float[channels];
    for (int c = 0; c < channels; c++) {
      double scale = gamma[c] / Math.sqrt(var[c] + BN_EPS);
      for (int i = c * row; i < (c + 1) * row; i++) {
        w[i] = (float) (w[i] * scale);
      }
      shift[c] = (float) (beta[c] - mean[c] * scale);
    }
    return shift;
  }

  /** Convolves {@code x} (batch, channels, height, width) with symmetric padding; PReLU if set. */
  @Override
  public NDArray apply(NDArray x) {
    NDArray y = Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(pad, pad),
        new Shape(1, 1), groups).singletonOrThrow();
    return alpha == null ? y : y.maximum(0f).add(y.minimum(0f).mul(alpha));
  }
}
