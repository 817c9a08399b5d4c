package org.kyc4j.core.internal;

import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * What the decoder needs from a JPEG's marker segments, read without decoding any pixel: the EXIF
 * orientation, the frame size and the number of scans. Walking the markers also proves the data
 * reaches its end (EOI) and bounds the work of progressive decoding, whose cost grows with the
 * pixels times the scans.
 *
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param scans how many scans (SOS segments) the image has
 * @param width the width its first frame header (SOFn) declares, 0 if it has none
 * @param height the height its first frame header declares, 0 if it has none (or if it is defined later by DNL)
 */
record JpegStructure(int orientation, int scans, int width, int height) {

  private static final int SOS = 0xDA;
  private static final int EOI = 0xD9;
  private static final int APP1 = 0xE1;

  /**
   * Walks the markers of {@code data}, which starts with SOI; rejects truncated data and, as soon as
   * it sees scan {@code maxScans + 1}, scan bombs.
   */
  static JpegStructure read(byte[] data, int maxScans) throws ImageRejectedException {
    int pos = 2;
    int orientation = 1;
    boolean exifSeen = false;
    int scans = 0;
    int width = 0;
    int height = 0;
    while (true) {
      while (pos < data.length && data[pos] != (byte) 0xFF) {
        pos++;
      }
      while (pos < data.length && data[pos] == (byte) 0xFF) {
        pos++;
      }
      if (pos >= data.length) {
        throw truncated(data.length);
      }
      int marker = data[pos++] & 0xFF;
      if (marker == EOI) {
        return new JpegStructure(orientation, scans, width, height);
      }
      if (!hasLength(marker)) {
        continue;
      }
      if (data.length - pos < 2) {
        throw truncated(data.length);
      }
      int length = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
      if (length < 2) {
        throw new ImageRejectedException(Kind.CORRUPT, String.format(
            "JPEG segment 0x%02X at byte %d has length %d; allowed: at least 2", marker, pos, length), null);
      }
      if (length > data.length - pos) {
        throw truncated(data.length);
      }
      if (marker == APP1 && !exifSeen && isExif(data, pos + 2, pos + length)) {
        orientation = ExifOrientation.read(data, pos + 8, pos + length);
        exifSeen = true;
      }
      if (isFrameHeader(marker) && width == 0 && length >= 7) {
        height = ((data[pos + 3] & 0xFF) << 8) | (data[pos + 4] & 0xFF);
        width = ((data[pos + 5] & 0xFF) << 8) | (data[pos + 6] & 0xFF);
      }
      pos += length;
      if (marker == SOS) {
        if (++scans > maxScans) {
          throw new ImageRejectedException(Kind.TOO_COSTLY, "JPEG has more than " + maxScans + " scans; allowed: at most "
              + maxScans + " (maxJpegScans)", null);
        }
        pos = endOfEntropyData(data, pos);
      }
    }
  }

  /** SOF0 to SOF15 but DHT (C4), JPG (C8) and DAC (CC). */
  private static boolean isFrameHeader(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** Markers without a length: TEM, RSTn, SOI, and 0x00 (a stuffed byte where a marker was expected). */
  private static boolean hasLength(int marker) {
    return !(marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7));
  }

  private static boolean isExif(byte[] data, int from, int end) {
    return end - from >= 6 && data[from] == 'E' && data[from + 1] == 'x' && data[from + 2] == 'i'
        && data[from + 3] == 'f' && data[from + 4] == 0 && data[from + 5] == 0;
  }

  /** Returns the index of the 0xFF starting the first marker after entropy-coded data, or the data length. */
  private static int endOfEntropyData(byte[] data, int from) {
    for (int i = from; i < data.length - 1; i++) {
      if (data[i] == (byte) 0xFF) {
        int next = data[i + 1] & 0xFF;
        boolean inData = next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7);
        if (!inData) {
          return i;
        }
      }
    }
    return data.length;
  }

  private static ImageRejectedException truncated(int length) {
    return new ImageRejectedException(Kind.TRUNCATED, "JPEG data ends after " + length
        + " bytes before its end-of-image marker", null);
  }
}
