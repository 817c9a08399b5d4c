package org.kyc4j.models.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes tiny legacy PyTorch files by hand (pickle protocol 2, as {@code torch.save} did before
 * the zip format): one float tensor {@code w} of one storage, so tests can corrupt each part.
 */
final class LegacyFiles {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** A well-formed file: tensor "module.w" of shape (2, 2) over storage "0" of 4 floats. */
  static byte[] tensor() {
    return tensor("FloatStorage", 4, 0, new int[] {2, 2}, new int[] {2, 1}, 4);
  }

  /**
   * A file whose one tensor and storage have the given parts; {@code written} elements follow
   * (8 bytes each for a LongStorage, else 4).
   */
  static byte[] tensor(String type, int storageSize, int offset, int[] shape, int[] stride,
      int written) {
    LegacyFiles f = new LegacyFiles();
    f.header();
    f.raw("\u0080\u0002").global("collections", "OrderedDict").raw(")R(").unicode("module.w");
    f.global("torch._utils", "_rebuild_tensor_v2").raw("((").unicode("storage");
    f.global("torch", type).unicode("0").unicode("cpu").integer(storageSize).raw("NtQ");
    f.integer(offset).tuple(shape).tuple(stride).raw("\u0089");
    f.global("collections", "OrderedDict").raw(")RtRu.");
    f.raw("\u0080\u0002]").unicode("0").raw("a.");
    f.out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(written)
        .array());
    int width = type.equals("LongStorage") ? 2 : 1;
    ByteBuffer data = ByteBuffer.allocate(written * 4 * width).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < written * width; i++) {
      data.putFloat(i + 1);
    }
    f.out.writeBytes(data.array());
    return f.out.toByteArray();
  }

  /** The magic number, protocol version and system info pickles. */
  LegacyFiles header() {
    raw("\u0080\u0002\u008a\n");
    out.writeBytes(new byte[] {0x6c, (byte) 0xfc, (byte) 0x9c, 0x46, (byte) 0xf9, 0x20, 0x6a,
        (byte) 0xa8, 0x50, 0x19});
    raw(".\u0080\u0002M\u00e9\u0003.");
    return raw("\u0080\u0002}(").unicode("little_endian").raw("\u0088u.");
  }

  /** Bytes 0-255 given as chars. */
  LegacyFiles raw(String bytes) {
    for (char c : bytes.toCharArray()) {
      out.write(c);
    }
    return this;
  }

  LegacyFiles global(String module, String name) {
    out.writeBytes(("c" + module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  LegacyFiles unicode(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.write('X');
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(utf8.length)
        .array());
    out.writeBytes(utf8);
    return this;
  }

  LegacyFiles integer(int value) {
    out.write('J');
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    return this;
  }

  LegacyFiles tuple(int[] values) {
    out.write('(');
    for (int v : values) {
      integer(v);
    }
    out.write('t');
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
