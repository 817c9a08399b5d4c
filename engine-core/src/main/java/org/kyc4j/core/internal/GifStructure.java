package org.kyc4j.core.internal;

import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * Checks that a GIF holds its first frame completely before it is decoded: the JDK's reader
 * reports a cut frame as an LZW error, which would hide the truncation. Later frames are never
 * decoded, so they are not checked. Stateless.
 */
final class GifStructure {
  private static final int HEADER_BYTES = 13;
  private static final int EXTENSION = 0x21;
  private static final int IMAGE = 0x2C;
  private static final int TRAILER = 0x3B;

  private GifStructure() {}

  /** Walks the blocks of {@code data}, which starts with a GIF signature, to the end of the first frame. */
  static void check(byte[] data) throws ImageRejectedException {
    if (data.length < HEADER_BYTES) {
      throw truncated(data.length);
    }
    int pos = HEADER_BYTES + colorTableBytes(data[10]);
    while (true) {
      if (pos >= data.length) {
        throw truncated(data.length);
      }
      int block = data[pos++] & 0xFF;
      if (block == EXTENSION) {
        pos = skipSubBlocks(data, pos + 1);
      } else if (block == IMAGE) {
        if (data.length - pos < 10) {
          throw truncated(data.length);
        }
        pos += 9 + colorTableBytes(data[pos + 8]) + 1;
        skipSubBlocks(data, pos);
        return;
      } else if (block == TRAILER) {
        throw new ImageRejectedException(Kind.CORRUPT, "GIF ends before its first frame", null);
      } else {
        throw new ImageRejectedException(Kind.CORRUPT, String.format(
            "GIF has an unknown block 0x%02X at byte %d; allowed: 0x21, 0x2C, 0x3B", block, pos - 1), null);
      }
    }
  }

  private static int colorTableBytes(byte flags) {
    return (flags & 0x80) == 0 ? 0 : 3 << ((flags & 0x07) + 1);
  }

  /** Returns the position after the sub-block chain starting at {@code pos}. */
  private static int skipSubBlocks(byte[] data, int pos) throws ImageRejectedException {
    while (true) {
      if (pos >= data.length) {
        throw truncated(data.length);
      }
      int size = data[pos++] & 0xFF;
      if (size == 0) {
        return pos;
      }
      if (size > data.length - pos) {
        throw truncated(data.length);
      }
      pos += size;
    }
  }

  private static ImageRejectedException truncated(int length) {
    return new ImageRejectedException(Kind.TRUNCATED, "GIF data ends after " + length + " bytes inside its first frame",
        null);
  }
}
