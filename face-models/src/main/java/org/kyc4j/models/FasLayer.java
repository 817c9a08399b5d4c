package org.kyc4j.models;

import ai.djl.ndarray.NDArray;

/** One stage of MiniFASNet's forward pass on a channels-first batch; thread-safe. */
interface FasLayer {
  /** Runs the layer on {@code x} (batch, channels, height, width). */
  NDArray apply(NDArray x);
}
