package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kyc4j.models.internal.TfjsTensor;

/**
 * Translates TensorFlow's windowed ops (Conv2D, _FusedConv2D, DepthwiseConv2dNative,
 * FusedDepthwiseConv2dNative, MaxPool) into PyTorch calls on channels-first activations. Kernels
 * are converted to PyTorch's layout once, at load. TensorFlow's SAME padding puts the odd pixel
 * after the image (asymmetric), which PyTorch's convolution cannot express, so it is padded
 * explicitly; MaxPool pads with negative infinity. Stateless.
 */
final class ConvOps {
  private static final List<Long> ONES = List.of(1L, 1L, 1L, 1L);

  private ConvOps() {}

  /** Conv2D and _FusedConv2D: input, filter [kh, kw, in, out], then bias and activation args. */
  static Kernel conv(NodeOperands in, boolean fused) {
    TfjsTensor filter = in.constant(1);
    List<Integer> s = filter.shape();
    requireRank(in, filter, 4);
    NDArray weight = in.weight(convWeight(filter), s.get(3), s.get(2), s.get(0), s.get(1));
    return windowed(in, weight, 1, s.get(3), fused);
  }

  /** DepthwiseConv2dNative and its fused form: filter [kh, kw, in, multiplier]. */
  static Kernel depthwise(NodeOperands in, boolean fused) {
    TfjsTensor filter = in.constant(1);
    List<Integer> s = filter.shape();
    requireRank(in, filter, 4);
    int channels = s.get(2) * s.get(3);
    NDArray weight = in.weight(depthwiseWeight(filter), channels, 1, s.get(0), s.get(1));
    return windowed(in, weight, s.get(2), channels, fused);
  }

  /** MaxPool with ksize and strides [1, h, w, 1]; SAME pads with negative infinity. */
  static Kernel maxPool(NodeOperands in) {
    in.expect(1);
    Window window = Window.of(in, in.node().ints("ksize"));
    return inputs -> {
      NDArray x = window.pad(inputs[0], Double.NEGATIVE_INFINITY);
      return Pool.maxPool2d(x, window.kernel(), window.stride(), new Shape(0, 0), false);
    };
  }

  private static Kernel windowed(NodeOperands in, NDArray weight, int groups, int outChannels,
      boolean fused) {
    long[] w = weight.getShape().getShape();
    Window window = Window.of(in, List.of(1L, w[2], w[3], 1L));
    if (!ONES.equals(in.ints("dilations", ONES))) {
      throw in.failure("has dilations " + in.node().ints("dilations") + "; only 1 is supported");
    }
    NDArray bias;
    UnaryOperator<NDArray> activation;
    if (fused) {
      List<String> ops = in.node().texts("fused_ops");
      if (ops.isEmpty() || !ops.get(0).equals("BiasAdd")) {
        throw in.failure("fuses " + ops + "; supported: BiasAdd then optional Relu, Relu6, "
            + "Prelu or LeakyRelu");
      }
      bias = in.array(2);
      activation = Activations.fused(in, ops.subList(1, ops.size()), 3);
    } else {
      in.expect(2);
      bias = in.weight(new float[outChannels], outChannels);
      activation = UnaryOperator.identity();
    }
    Shape stride = window.stride();
    Shape dilation = new Shape(1, 1);
    return inputs -> {
      NDArray x = inputs[0];
      int[] p = window.pads(x);
      boolean symmetric = p[0] == p[1] && p[2] == p[3];
      Shape padding = symmetric ? new Shape(p[0], p[2]) : new Shape(0, 0);
      NDArray padded = symmetric ? x : window.pad(x, 0);
      NDArray y = Conv2d.conv2d(padded, weight, bias, stride, padding, dilation, groups)
          .singletonOrThrow();
      return activation.apply(y);
    };
  }

  /** TensorFlow [kh, kw, in, out] to PyTorch [out, in, kh, kw]. */
  static float[] convWeight(TfjsTensor filter) {
    List<Integer> s = filter.shape();
    int kh = s.get(0);
    int kw = s.get(1);
    int cin = s.get(2);
    int cout = s.get(3);
    float[] out = new float[filter.size()];
    for (int y = 0; y < kh; y++) {
      for (int x = 0; x < kw; x++) {
        for (int i = 0; i < cin; i++) {
          for (int o = 0; o < cout; o++) {
            out[((o * cin + i) * kh + y) * kw + x] = filter.get(((y * kw + x) * cin + i) * cout + o);
          }
        }
      }
    }
    return out;
  }

  /** TensorFlow [kh, kw, in, m] to PyTorch grouped [in * m, 1, kh, kw] (channel c * m + k). */
  static float[] depthwiseWeight(TfjsTensor filter) {
    List<Integer> s = filter.shape();
    int kh = s.get(0);
    int kw = s.get(1);
    int cin = s.get(2);
    int mult = s.get(3);
    float[] out = new float[filter.size()];
    for (int y = 0; y < kh; y++) {
      for (int x = 0; x < kw; x++) {
        for (int c = 0; c < cin; c++) {
          for (int m = 0; m < mult; m++) {
            out[((c * mult + m) * kh + y) * kw + x] = filter.get(((y * kw + x) * cin + c) * mult + m);
          }
        }
      }
    }
    return out;
  }

  private static void requireRank(NodeOperands in, TfjsTensor filter, int rank) {
    if (filter.shape().size() != rank) {
      throw in.failure("has filter shape " + filter.shape() + "; expected rank " + rank);
    }
  }

  /** Kernel size, strides and padding mode of one windowed op (channels-last attributes). */
  record Window(int kh, int kw, int sh, int sw, boolean same) {
    static Window of(NodeOperands in, List<Long> ksize) {
      if (!"NHWC".equals(in.text("data_format", "NHWC"))) {
        throw in.failure("has data_format " + in.node().text("data_format") + "; only NHWC");
      }
      List<Long> strides = in.node().ints("strides");
      String padding = in.node().text("padding");
      if (!padding.equals("SAME") && !padding.equals("VALID")) {
        throw in.failure("has padding " + padding + "; supported: SAME, VALID");
      }
      if (strides.size() != 4 || strides.get(0) != 1 || strides.get(3) != 1 || ksize.size() != 4
          || ksize.get(0) != 1 || ksize.get(3) != 1) {
        throw in.failure("has strides " + strides + " and window " + ksize
            + "; only [1, h, w, 1] is supported");
      }
      return new Window(ksize.get(1).intValue(), ksize.get(2).intValue(),
          strides.get(1).intValue(), strides.get(2).intValue(), padding.equals("SAME"));
    }

    Shape kernel() {
      return new Shape(kh, kw);
    }

    Shape stride() {
      return new Shape(sh, sw);
    }

    /** TensorFlow's padding of an NCHW activation: {top, bottom, left, right}; VALID: zeros. */
    int[] pads(NDArray x) {
      if (!same) {
        return new int[4];
      }
      long[] dims = x.getShape().getShape();
      int[] rows = samePads(dims[2], kh, sh);
      int[] cols = samePads(dims[3], kw, sw);
      return new int[] {rows[0], rows[1], cols[0], cols[1]};
    }

    /** Pads an NCHW activation as TensorFlow would, with {@code value}. */
    NDArray pad(NDArray x, double value) {
      int[] p = pads(x);
      if (p[0] + p[1] + p[2] + p[3] == 0) {
        return x;
      }
      return x.pad(new Shape(p[2], p[3], p[0], p[1]), value);
    }
  }

  /** TensorFlow's SAME padding of one axis: {before, after}; the odd pixel goes after. */
  static int[] samePads(long size, int kernel, int stride) {
    long out = (size + stride - 1) / stride;
    long total = Math.max((out - 1) * stride + kernel - size, 0);
    return new int[] {(int) (total / 2), (int) (total - total / 2)};
  }
}
