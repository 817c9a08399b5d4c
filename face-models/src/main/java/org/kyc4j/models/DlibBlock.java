package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * One residual block of the dlib ResNet, as face-api defines it. A plain block is
 * {@code relu(conv2(relu(conv1(x))) + x)} with 3x3 convolutions padded to keep the size. A
 * down-sampling block convolves with stride 2 and no padding, and its shortcut is the 2x2 average
 * pool of {@code x}, zero-padded in channels when {@code conv1} doubles them; when the conv branch
 * comes out smaller than the shortcut it gets zero rows at the bottom and zero columns on the right.
 * Immutable and thread-safe while its weights are open.
 */
record DlibBlock(String name, boolean down, DlibConv conv1, DlibConv conv2) {
  /** Validates that the convolutions chain and that the shortcut can be added. */
  DlibBlock {
    boolean chained = conv1.kernel() == 3 && conv2.kernel() == 3
        && conv2.inChannels() == conv1.outChannels() && conv2.outChannels() == conv1.outChannels();
    int in = conv1.inChannels();
    int out = conv2.outChannels();
    boolean shortcut = down ? out == in || out == 2 * in : out == in;
    if (!chained || !shortcut) {
      throw new IllegalArgumentException("block " + name + ": convolutions " + in + "->"
          + conv1.outChannels() + "->" + out + " (kernels " + conv1.kernel() + ", "
          + conv2.kernel() + ") are not allowed; expected 3x3 kernels with the same channels"
          + (down ? ", or doubled ones" : ""));
    }
  }

  /** Runs the block on {@code x} (batch, channels, height, width). */
  NDArray apply(NDArray x) {
    NDArray out = conv1.apply(x, down ? 2 : 1, down ? 0 : 1, true);
    out = conv2.apply(out, 1, 1, false);
    NDArray shortcut = down ? shortcut(x, out) : x;
    if (down) {
      long missingRows = shortcut.getShape().get(2) - out.getShape().get(2);
      long missingColumns = shortcut.getShape().get(3) - out.getShape().get(3);
      if (missingRows > 0 || missingColumns > 0) {
        // torch-style padding, last axis first: (left, right, top, bottom)
        out = out.pad(new Shape(0, missingColumns, 0, missingRows), 0);
      }
    }
    return out.add(shortcut).maximum(0f);
  }

  private static NDArray shortcut(NDArray x, NDArray out) {
    NDArray pooled = Pool.avgPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0),
        false, true);
    return pooled.getShape().get(1) == out.getShape().get(1) ? pooled
        : pooled.concat(pooled.zerosLike(), 1);
  }
}
