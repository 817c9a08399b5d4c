package org.kyc4j.models.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PyTorch state dict read from the legacy (non-zip) serialisation: the magic number, protocol
 * version and system info pickles, the state dict pickle, the list of storage keys, then each
 * storage's raw little-endian bytes after an 8-byte element count. A {@code module.} prefix
 * (DataParallel) is dropped. Only float32 tensors can be read; lookups check names and shapes and
 * are recorded, so {@link #requireAllUsed} can refuse unexpected tensors. Not thread-safe.
 */
public final class StateDict {
  /** The largest file read, in bytes (MiniFASNet's are under 2 MB). */
  public static final long MAX_FILE_BYTES = 16L << 20;
  private static final BigInteger MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
  private static final long PROTOCOL = 1001;
  private static final String PREFIX = "module.";

  private final Path file;
  private final Map<String, TorchTensorRef> tensors;
  private final Set<String> used = new HashSet<>();

  private StateDict(Path file, Map<String, TorchTensorRef> tensors) {
    this.file = file;
    this.tensors = tensors;
  }

  /**
   * Reads and validates {@code file}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a legacy PyTorch state dict, saying why
   */
  public static StateDict read(Path file) throws IOException {
    long length = Files.size(file);
    if (length > MAX_FILE_BYTES) {
      throw new IllegalArgumentException(file + ": " + length + " bytes is larger than the "
          + MAX_FILE_BYTES + " bytes a state dict of this library may have");
    }
    ByteArrayInputStream in = new ByteArrayInputStream(Files.readAllBytes(file));
    try {
      Map<String, TorchStorage> storages = new HashMap<>();
      header(in, storages);
      Map<String, TorchTensorRef> tensors = tensors(new LegacyUnpickler(in, storages).next());
      List<String> keys = storageKeys(new LegacyUnpickler(in, storages).next(), storages);
      for (String key : keys) {
        readStorage(in, storages.get(key));
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException(in.available() + " bytes follow the last storage");
      }
      return new StateDict(file, tensors);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + " is not a legacy PyTorch state dict: "
          + e.getMessage(), e);
    }
  }

  /** Reads and checks the magic number, protocol version and system info pickles. */
  private static void header(ByteArrayInputStream in, Map<String, TorchStorage> storages)
      throws IOException {
    Object magic = new LegacyUnpickler(in, storages).next();
    if (!MAGIC.equals(magic instanceof Number n ? new BigInteger(n.toString()) : null)) {
      throw new IllegalArgumentException("the magic number is " + Pickled.describe(magic));
    }
    Object protocol = new LegacyUnpickler(in, storages).next();
    if (Pickled.integer(protocol, "protocol version") != PROTOCOL) {
      throw new IllegalArgumentException("protocol version " + protocol + " is not " + PROTOCOL);
    }
    Object info = new LegacyUnpickler(in, storages).next();
    if (!(info instanceof Map<?, ?> sys) || !Boolean.TRUE.equals(sys.get("little_endian"))) {
      throw new IllegalArgumentException("system info " + Pickled.describe(info)
          + " does not say little_endian: True");
    }
  }

  private static Map<String, TorchTensorRef> tensors(Object pickled) {
    if (!(pickled instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the state dict is " + Pickled.describe(pickled));
    }
    Map<String, TorchTensorRef> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String name) || !(e.getValue() instanceof TorchTensorRef t)) {
        throw new IllegalArgumentException("entry " + Pickled.describe(e.getKey())
            + " is not a tensor");
      }
      if (out.put(name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name, t) != null) {
        throw new IllegalArgumentException("tensor " + name + " is named twice");
      }
    }
    return out;
  }

  /** The storage keys in the order of their bytes: each storage of the state dict once. */
  private static List<String> storageKeys(Object pickled, Map<String, TorchStorage> storages) {
    List<String> keys = new ArrayList<>();
    if (pickled instanceof List<?> list) {
      for (Object key : list) {
        if (key instanceof String k && storages.containsKey(k)) {
          keys.add(k);
        }
      }
    }
    if (keys.size() != storages.size() || new HashSet<>(keys).size() != keys.size()) {
      throw new IllegalArgumentException("the storage key list " + Pickled.describe(pickled)
          + " does not name the " + storages.size() + " storages of the state dict once each");
    }
    return keys;
  }

  /** Reads one storage's element count and bytes; keeps the values of a float32 storage. */
  private static void readStorage(ByteArrayInputStream in, TorchStorage storage)
      throws IOException {
    byte[] count = in.readNBytes(8);
    long size = count.length == 8 ? ByteBuffer.wrap(count).order(ByteOrder.LITTLE_ENDIAN).getLong()
        : -1;
    if (size != storage.size()) {
      throw new IllegalArgumentException("storage " + storage.key() + " has " + size
          + " elements in its bytes, " + storage.size() + " in the state dict");
    }
    byte[] bytes = in.readNBytes(Math.toIntExact(storage.byteCount()));
    if (bytes.length != storage.byteCount()) {
      throw new IllegalArgumentException("the file ends inside storage " + storage.key());
    }
    if (storage.isFloat()) {
      float[] values = new float[Math.toIntExact(size)];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
      storage.values(values);
    }
  }

  /** The file this was read from. */
  public Path file() {
    return file;
  }

  /** Whether a tensor of this name (without the {@code module.} prefix) is present. */
  public boolean has(String name) {
    return tensors.containsKey(name);
  }

  /** The names of all tensors, in file order. */
  public Set<String> names() {
    return tensors.keySet();
  }

  /**
   * Returns a copy of the float32 values of {@code name}, row-major, and records it as used.
   *
   * @throws IllegalArgumentException when it is absent, not float32 or not of {@code shape},
   *     naming the file and the tensor
   */
  public float[] floats(String name, int... shape) {
    TorchTensorRef t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException(file + ": tensor " + name + " is missing");
    }
    if (!t.storage().isFloat()) {
      throw new IllegalArgumentException(file + ": tensor " + name + " is " + t.storage().type()
          + "; expected float32 (FloatStorage)");
    }
    if (!Arrays.equals(t.shape(), shape)) {
      throw new IllegalArgumentException(file + ": tensor " + name + " has shape "
          + Arrays.toString(t.shape()) + "; expected " + Arrays.toString(shape));
    }
    used.add(name);
    int from = Math.toIntExact(t.offset());
    return Arrays.copyOfRange(t.storage().values(), from, from + Math.toIntExact(t.elements()));
  }

  /**
   * Checks that every tensor was read, except those whose name ends with one of {@code ignored}.
   *
   * @throws IllegalArgumentException naming the file and the first unexpected tensor
   */
  public void requireAllUsed(String... ignored) {
    for (String name : tensors.keySet()) {
      if (!used.contains(name) && Arrays.stream(ignored).noneMatch(name::endsWith)) {
        throw new IllegalArgumentException(file + ": tensor " + name + " "
            + Arrays.toString(tensors.get(name).shape()) + " is not part of the expected network");
      }
    }
  }
}
