package org.kyc4j.models.internal;

import java.util.Map;

/**
 * One storage of a legacy PyTorch file as its state dict names it: the key that orders its bytes
 * after the pickles, its element type and its element count. The float32 values are filled in once
 * the raw bytes are read; storages of other types are skipped. Not thread-safe while loading.
 */
final class TorchStorage {
  /** Bytes per element of the storage types a state dict may name. */
  static final Map<String, Integer> ELEMENT_BYTES = Map.of(
      "FloatStorage", 4, "DoubleStorage", 8, "HalfStorage", 2, "BFloat16Storage", 2,
      "LongStorage", 8, "IntStorage", 4, "ShortStorage", 2, "CharStorage", 1,
      "ByteStorage", 1, "BoolStorage", 1);
  /** The one storage type whose values are read. */
  static final String FLOAT = "FloatStorage";

  private final String key;
  private final String type;
  private final long size;
  private float[] values;

  TorchStorage(String key, String type, long size) {
    this.key = key;
    this.type = type;
    this.size = size;
  }

  String key() {
    return key;
  }

  /** The storage type without its module, for example {@code FloatStorage}. */
  String type() {
    return type;
  }

  long size() {
    return size;
  }

  long byteCount() {
    return Math.multiplyExact(size, (long) ELEMENT_BYTES.get(type));
  }

  boolean isFloat() {
    return FLOAT.equals(type);
  }

  /** The values, or null before they are read or when this is not a float32 storage. */
  float[] values() {
    return values;
  }

  void values(float[] values) {
    this.values = values;
  }
}
