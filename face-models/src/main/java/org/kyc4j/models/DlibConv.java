package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import org.kyc4j.models.internal.TfjsTensor;
import org.kyc4j.models.internal.TfjsWeights;

/**
 * One convolution of the dlib ResNet with its bias and per-channel scale folded in at load:
 * face-api computes {@code (conv(x, W) + b) * s + t}, which is {@code conv(x, W * s) + (b * s + t)}.
 * The weight is held channels-first ({@code out, in, kh, kw}) for PyTorch. Immutable and thread-safe
 * while its manager is open.
 */
record DlibConv(NDArray weight, NDArray bias, int inChannels, int outChannels, int kernel) {
  /**
   * Reads {@code PREFIX/conv/filters} ({@code kh, kw, in, out}), {@code PREFIX/conv/bias},
   * {@code PREFIX/scale/weights} and {@code PREFIX/scale/biases}, folds them and puts the result in
   * {@code manager}.
   */
  static DlibConv fold(TfjsWeights weights, String prefix, NDManager manager) {
    TfjsTensor filters = weights.get(prefix + "/conv/filters");
    List<Integer> shape = filters.shape();
    if (shape.size() != 4 || !shape.get(0).equals(shape.get(1))) {
      throw new IllegalArgumentException("weight " + filters.name() + " shape: " + shape
          + " is not allowed; expected [k, k, in, out]");
    }
    int k = shape.get(0);
    int in = shape.get(2);
    int out = shape.get(3);
    float[] bias = vector(weights, prefix + "/conv/bias", out);
    float[] scale = vector(weights, prefix + "/scale/weights", out);
    float[] shift = vector(weights, prefix + "/scale/biases", out);
    float[] folded = new float[out * in * k * k];
    for (int ky = 0; ky < k; ky++) {
      for (int kx = 0; kx < k; kx++) {
        for (int i = 0; i < in; i++) {
          for (int o = 0; o < out; o++) {
            float w = filters.get(((ky * k + kx) * in + i) * out + o);
            folded[((o * in + i) * k + ky) * k + kx] = w * scale[o];
          }
        }
      }
    }
    float[] foldedBias = new float[out];
    for (int o = 0; o < out; o++) {
      foldedBias[o] = bias[o] * scale[o] + shift[o];
    }
    return new DlibConv(manager.create(folded, new Shape(out, in, k, k)),
        manager.create(foldedBias, new Shape(out)), in, out, k);
  }

  /** Convolves {@code x} (channels-first) with symmetric zero padding {@code pad}; ReLU if asked. */
  NDArray apply(NDArray x, int stride, int pad, boolean relu) {
    NDArray y = Conv2d.conv2d(x, weight, bias, new Shape(stride, stride), new Shape(pad, pad),
        new Shape(1, 1)).singletonOrThrow();
    return relu ? y.maximum(0f) : y;
  }

  private static float[] vector(TfjsWeights weights, String name, int length) {
    TfjsTensor tensor = weights.get(name);
    if (!tensor.shape().equals(List.of(length))) {
      throw new IllegalArgumentException("weight " + name + " shape: " + tensor.shape()
          + " is not allowed; expected [" + length + "]");
    }
    return tensor.toArray();
  }
}
