package org.kyc4j.models.internal;

/**
 * A tensor of a legacy PyTorch state dict as its pickle describes it ({@code _rebuild_tensor_v2}):
 * a view of a storage from an element offset with a shape and strides, checked to be contiguous
 * and to lie inside the storage.
 */
record TorchTensorRef(TorchStorage storage, long offset, int[] shape, long[] stride) {
  /** Validates offset, shape and strides against the storage. */
  TorchTensorRef {
    if (offset < 0 || shape.length != stride.length) {
      throw new IllegalArgumentException("offset " + offset + ", " + shape.length
          + " dimensions and " + stride.length + " strides are not allowed");
    }
    long expected = 1;
    for (int d = shape.length - 1; d >= 0; d--) {
      if (shape[d] < 0) {
        throw new IllegalArgumentException("negative dimension " + shape[d] + " is not allowed");
      }
      if (shape[d] > 1 && stride[d] != expected) {
        throw new IllegalArgumentException("strides " + java.util.Arrays.toString(stride)
            + " are not contiguous for shape " + java.util.Arrays.toString(shape));
      }
      expected = Math.multiplyExact(expected, (long) shape[d]);
    }
    if (expected > storage.size() - offset) {
      throw new IllegalArgumentException(expected + " elements from offset " + offset
          + " do not fit in storage " + storage.key() + " of " + storage.size() + " elements");
    }
  }

  /** The number of elements. */
  long elements() {
    long n = 1;
    for (int s : shape) {
      n *= s;
    }
    return n;
  }
}
