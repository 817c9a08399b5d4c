package org.kyc4j.models.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * An unpickler for one pickle of a legacy PyTorch file. It admits only the globals a state dict
 * uses ({@code collections.OrderedDict}, {@code torch._utils._rebuild_tensor_v2} and
 * {@code torch.*Storage}), resolves storages by persistent id into {@code storages}, and refuses
 * any length-prefixed value longer than the bytes left and more than {@link #MAX_OPCODES} opcodes,
 * so a hostile file cannot make it allocate much more than its own size. Not thread-safe; one
 * instance per pickle.
 */
final class LegacyUnpickler extends Unpickler {
  private static final String STORAGE_MODULE = "torch";
  private static final String OWN_GLOBALS = "the globals of a PyTorch state dict";
  /**
   * Opcodes one pickle may run: each can create an object, so this bounds the memory a file of a
   * few bytes per opcode could claim (a MiniFASNet state dict runs about 10,000).
   */
  static final int MAX_OPCODES = 500_000;

  private final ByteArrayInputStream in;
  private final Map<String, TorchStorage> storages;
  private int opcodes;

  /** Reads from {@code in}; storages met by persistent id are added to (or looked up in) {@code storages}. */
  LegacyUnpickler(ByteArrayInputStream in, Map<String, TorchStorage> storages) {
    this.in = in;
    this.storages = storages;
  }

  /** Reads the next pickle. */
  Object next() throws IOException {
    return load(in);
  }

  @Override
  protected Object dispatch(short key) throws IOException {
    if (++opcodes > MAX_OPCODES) {
      throw new PickleException("the pickle runs more than " + MAX_OPCODES + " opcodes");
    }
    switch (key) {
      case Opcodes.GLOBAL -> {
        String module = PickleUtils.readline(in);
        stack.add(global(module, PickleUtils.readline(in)));
        return NO_RETURN_VALUE;
      }
      case Opcodes.BUILD -> {
        // the state dict's OrderedDict carries its _metadata (module versions) as state: dropped
        stack.pop();
        if (!(stack.peek() instanceof LinkedHashMap)) {
          throw new PickleException("BUILD on " + Pickled.describe(stack.peek())
              + "; a state dict builds only its OrderedDict");
        }
        return NO_RETURN_VALUE;
      }
      case Opcodes.STACK_GLOBAL, Opcodes.INST, Opcodes.OBJ, Opcodes.NEWOBJ_EX, Opcodes.EXT1,
          Opcodes.EXT2, Opcodes.EXT4, Opcodes.PERSID, Opcodes.NEXT_BUFFER ->
        throw new PickleException("pickle opcode " + key + " is not allowed: a legacy PyTorch "
            + "state dict does not use it");
      case Opcodes.BINSTRING, Opcodes.BINBYTES, Opcodes.BINUNICODE, Opcodes.LONG4 ->
        requireAvailable(4);
      case Opcodes.BINUNICODE8, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8, Opcodes.FRAME ->
        requireAvailable(8);
      default -> {
        // the remaining opcodes read at most a fixed number of bytes or one line
      }
    }
    return super.dispatch(key);
  }

  /** Checks that the little-endian length of {@code width} bytes ahead fits in what is left. */
  private void requireAvailable(int width) throws IOException {
    in.mark(width);
    byte[] raw = in.readNBytes(width);
    in.reset();
    if (raw.length < width) {
      throw new PickleException("the file ends inside a length");
    }
    long length = 0;
    for (int i = width - 1; i >= 0; i--) {
      length = (length << 8) | (raw[i] & 0xff);
    }
    if (length < 0 || length > in.available() - width) {
      throw new PickleException("a pickled value of " + Long.toUnsignedString(length)
          + " bytes is longer than the " + (in.available() - width) + " bytes left in the file");
    }
  }

  private IObjectConstructor global(String module, String name) {
    String qualified = module + "." + name;
    if (qualified.equals("collections.OrderedDict")) {
      return args -> {
        expectArgs(qualified, args, 0);
        return new LinkedHashMap<>();
      };
    }
    if (qualified.equals("torch._utils._rebuild_tensor_v2")) {
      return LegacyUnpickler::rebuildTensor;
    }
    if (module.equals(STORAGE_MODULE) && TorchStorage.ELEMENT_BYTES.containsKey(name)) {
      return new StorageType(name);
    }
    throw new PickleException("the pickle names " + qualified + ", which is not one of "
        + OWN_GLOBALS + " (collections.OrderedDict, torch._utils._rebuild_tensor_v2, "
        + "torch.*Storage)");
  }

  /** {@code (storage, offset, size, stride, requires_grad, backward_hooks[, metadata])}. */
  private static Object rebuildTensor(Object[] args) {
    if (args.length < 4 || args.length > 7 || !(args[0] instanceof TorchStorage storage)) {
      throw new PickleException("_rebuild_tensor_v2 is called with " + args.length
          + " arguments; expected a storage, an offset, a size and a stride");
    }
    long[] size = Pickled.longs(args[2], "size");
    int[] shape = new int[size.length];
    for (int i = 0; i < size.length; i++) {
      shape[i] = Math.toIntExact(size[i]);
    }
    return new TorchTensorRef(storage, Pickled.integer(args[1], "offset"), shape,
        Pickled.longs(args[3], "stride"));
  }

  @Override
  protected Object persistentLoad(Object pid) {
    Object[] id = Pickled.tuple(pid, "persistent id");
    if (id.length != 6 || !"storage".equals(id[0]) || !(id[1] instanceof StorageType type)
        || !(id[2] instanceof String key)) {
      throw new PickleException("persistent id of " + id.length + " values is not a "
          + "('storage', type, key, location, size, view) tuple");
    }
    if (id[5] != null) {
      throw new PickleException("storage " + key + " is a view of another storage; not supported");
    }
    long size = Pickled.integer(id[4], "storage size");
    TorchStorage storage = storages.computeIfAbsent(key, k -> new TorchStorage(k, type.name, size));
    if (!storage.type().equals(type.name) || storage.size() != size) {
      throw new PickleException("storage " + key + " is named twice with different types or sizes");
    }
    if (size < 0 || storage.byteCount() > in.available()) {
      throw new PickleException("storage " + key + " of " + size + " elements is larger than "
          + "the " + in.available() + " bytes left in the file");
    }
    return storage;
  }

  private static void expectArgs(String name, Object[] args, int count) {
    if (args.length != count) {
      throw new PickleException(name + " is called with " + args.length + " arguments; expected "
          + count);
    }
  }

  /** A {@code torch.*Storage} class, as the persistent ids name it. */
  private static final class StorageType implements IObjectConstructor {
    private final String name;

    StorageType(String name) {
      this.name = name;
    }

    @Override
    public Object construct(Object[] args) {
      throw new PickleException("torch." + name + " is constructed; a state dict only names it");
    }
  }
}
