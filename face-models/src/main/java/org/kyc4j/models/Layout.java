package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Conversions between TensorFlow's channels-last order and the channels-first order rank-4
 * activations have inside {@link GraphModel}. Stateless.
 */
final class Layout {
  /** TensorFlow NHWC axis to NCHW axis. */
  private static final int[] TO_NCHW = {0, 2, 3, 1};

  private Layout() {}

  /** NHWC to NCHW (a view). */
  static NDArray channelsFirst(NDArray nhwc) {
    return nhwc.transpose(0, 3, 1, 2);
  }

  /** NCHW to NHWC (a view). */
  static NDArray channelsLast(NDArray nchw) {
    return nchw.transpose(0, 2, 3, 1);
  }

  /** An array in TensorFlow order as the engine holds it: rank 4 channels-first, else as is. */
  static NDArray internal(NDArray tf) {
    return tf.getShape().dimension() == 4 ? channelsFirst(tf) : tf;
  }

  /** An array as the engine holds it, in TensorFlow order: rank 4 channels-last, else as is. */
  static NDArray external(NDArray held) {
    return held.getShape().dimension() == 4 ? channelsLast(held) : held;
  }

  /**
   * Aligns an operand of rank below 4 for broadcasting against a channels-first rank-4 array the
   * way TensorFlow aligns it against the channels-last one (trailing axes first).
   */
  static NDArray broadcastable(NDArray a) {
    long[] dims = a.getShape().getShape();
    if (dims.length >= 4) {
      return a;
    }
    long[] four = {1, 1, 1, 1};
    System.arraycopy(dims, 0, four, 4 - dims.length, dims.length);
    return channelsFirst(a.reshape(new Shape(four)));
  }

  /** A TensorFlow axis (negative counts from the end) of a rank-{@code rank} array, as held. */
  static int axis(int tfAxis, int rank) {
    int axis = tfAxis < 0 ? tfAxis + rank : tfAxis;
    if (axis < 0 || axis >= rank) {
      throw new IllegalArgumentException("axis " + tfAxis + " is out of range for rank " + rank);
    }
    return rank == 4 ? TO_NCHW[axis] : axis;
  }
}
