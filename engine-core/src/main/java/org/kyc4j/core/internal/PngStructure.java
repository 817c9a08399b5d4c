package org.kyc4j.core.internal;

import java.util.zip.CRC32;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * Checks the chunk structure of a PNG before it is decoded: every chunk fits in the data, chunk
 * types are letters, critical chunks (IHDR, PLTE, IDAT, IEND) have a correct CRC, and the data
 * reaches IEND. The JDK's reader ignores CRCs and can stop before the end, so these checks turn
 * flipped bits into CORRUPT and cut files into TRUNCATED. Stateless.
 */
final class PngStructure {
  private static final int SIGNATURE_BYTES = 8;
  private static final int CHUNK_OVERHEAD = 12;

  private PngStructure() {}

  /** Walks the chunks of {@code data}, which starts with the PNG signature. */
  static void check(byte[] data) throws ImageRejectedException {
    int pos = SIGNATURE_BYTES;
    CRC32 crc = new CRC32();
    while (true) {
      if (data.length - pos < CHUNK_OVERHEAD) {
        throw truncated(data.length);
      }
      long length = u32(data, pos);
      if (length > Integer.MAX_VALUE) {
        throw corrupt("chunk at byte " + pos + " declares " + length + " bytes; allowed: at most " + Integer.MAX_VALUE);
      }
      if (length > data.length - pos - CHUNK_OVERHEAD) {
        throw truncated(data.length);
      }
      int typeAt = pos + 4;
      for (int i = 0; i < 4; i++) {
        int c = data[typeAt + i] & 0xDF;
        if (c < 'A' || c > 'Z') {
          throw corrupt("chunk at byte " + pos + " has a type that is not 4 letters");
        }
      }
      boolean critical = (data[typeAt] & 0x20) == 0;
      int dataEnd = typeAt + 4 + (int) length;
      if (critical) {
        crc.reset();
        crc.update(data, typeAt, 4 + (int) length);
        if (crc.getValue() != u32(data, dataEnd)) {
          throw corrupt("critical chunk " + new String(data, typeAt, 4, java.nio.charset.StandardCharsets.US_ASCII)
              + " at byte " + pos + " fails its CRC check");
        }
      }
      if (data[typeAt] == 'I' && data[typeAt + 1] == 'E' && data[typeAt + 2] == 'N' && data[typeAt + 3] == 'D') {
        return;
      }
      pos = dataEnd + 4;
    }
  }

  private static long u32(byte[] data, int pos) {
    return ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
        | (data[pos + 3] & 0xFF);
  }

  private static ImageRejectedException truncated(int length) {
    return new ImageRejectedException(Kind.TRUNCATED, "PNG data ends after " + length + " bytes before its IEND chunk", null);
  }

  private static ImageRejectedException corrupt(String what) {
    return new ImageRejectedException(Kind.CORRUPT, "PNG " + what, null);
  }
}
