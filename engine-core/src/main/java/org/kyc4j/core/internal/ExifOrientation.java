package org.kyc4j.core.internal;

/**
 * The EXIF orientation of a photo (TIFF tag 0x0112): how the stored pixels must be turned to be
 * seen upright. Reads the tag from an Exif TIFF block with a small bounds-checked parser (both
 * byte orders) and applies it to decoded pixels. Stateless.
 *
 * <p>Hand-written on purpose. TwelveMonkeys' {@code TIFFReader} (imageio-metadata 3.12.0) and
 * metadata-extractor 2.19.0 read the same orientation on real photos and on every test vector,
 * but both decode every value of every directory before answering: a 64 KB Exif block whose
 * thousands of entries share one large rational value took them 3 to 11 s and exhausted a 512 MB
 * heap, where this parser reads IFD0's entries only and never a value it does not need
 * (metadata-extractor also has no module name for a named module). Untrusted bytes reach this
 * code, so the decoder must stay bounded.
 */
final class ExifOrientation {
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;
  private static final int ENTRY_BYTES = 12;

  private ExifOrientation() {}

  /**
   * Returns the orientation (1..8) stored in IFD0 of the TIFF block {@code data[start, end)}, or 1
   * when the block is malformed, lacks the tag or holds a value outside 1..8.
   */
  static int read(byte[] data, int start, int end) {
    if (start < 0 || end > data.length || end - start < 8) {
      return 1;
    }
    boolean little;
    if (data[start] == 'I' && data[start + 1] == 'I') {
      little = true;
    } else if (data[start] == 'M' && data[start + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    if (u16(data, start + 2, little) != 42) {
      return 1;
    }
    long ifd = u32(data, start + 4, little);
    if (ifd < 8 || ifd > end - start - 2) {
      return 1;
    }
    int pos = start + (int) ifd;
    int entries = u16(data, pos, little);
    pos += 2;
    for (int i = 0; i < entries && end - pos >= ENTRY_BYTES; i++, pos += ENTRY_BYTES) {
      if (u16(data, pos, little) == ORIENTATION_TAG) {
        int type = u16(data, pos + 2, little);
        long count = u32(data, pos + 4, little);
        int value = u16(data, pos + 8, little);
        return type == TYPE_SHORT && count >= 1 && value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /** Returns the pixels turned upright for {@code orientation}; orientations 5 to 8 swap width and height. */
  static DecodedPixels apply(DecodedPixels stored, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return stored;
    }
    int w = stored.width();
    int h = stored.height();
    boolean swap = orientation >= 5;
    int outWidth = swap ? h : w;
    int[] src = stored.pixels();
    int[] out = new int[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int dx;
        int dy;
        switch (orientation) {
          case 2 -> { dx = w - 1 - x; dy = y; }
          case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
          case 4 -> { dx = x; dy = h - 1 - y; }
          case 5 -> { dx = y; dy = x; }
          case 6 -> { dx = h - 1 - y; dy = x; }
          case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
          default -> { dx = y; dy = w - 1 - x; }
        }
        out[dy * outWidth + dx] = src[y * w + x];
      }
    }
    return new DecodedPixels(outWidth, swap ? w : h, out);
  }

  private static int u16(byte[] data, int pos, boolean little) {
    int a = data[pos] & 0xFF;
    int b = data[pos + 1] & 0xFF;
    return little ? a | (b << 8) : (a << 8) | b;
  }

  private static long u32(byte[] data, int pos, boolean little) {
    long hi = u16(data, little ? pos + 2 : pos, little);
    long lo = u16(data, little ? pos : pos + 2, little);
    return (hi << 16) | lo;
  }
}
