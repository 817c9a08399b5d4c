package org.kyc4j.core.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The encoded image formats {@link ImageDecoder} reads, recognised by their magic bytes. */
enum ImageFormat {
  JPEG("JPEG", "jpeg"),
  PNG("PNG", "png"),
  WEBP("WebP", "webp"),
  GIF("GIF", "gif"),
  BMP("BMP", "bmp");

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String displayName;
  private final String imageIoName;

  ImageFormat(String displayName, String imageIoName) {
    this.displayName = displayName;
    this.imageIoName = imageIoName;
  }

  /** Returns the name users know the format by, such as {@code "WebP"}. */
  String displayName() {
    return displayName;
  }

  /** Returns the ImageIO format name readers are registered under. */
  String imageIoName() {
    return imageIoName;
  }

  /** Returns the format whose magic bytes start {@code data}, or empty. */
  static Optional<ImageFormat> sniff(byte[] data) {
    if (startsWith(data, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(data, 0, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(data, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
        && startsWith(data, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
      return Optional.of(WEBP);
    }
    if (startsWith(data, 0, (byte) 'G', (byte) 'I', (byte) 'F', (byte) '8')
        && (startsWith(data, 4, (byte) '7', (byte) 'a') || startsWith(data, 4, (byte) '9', (byte) 'a'))) {
      return Optional.of(GIF);
    }
    if (startsWith(data, 0, (byte) 'B', (byte) 'M')) {
      return Optional.of(BMP);
    }
    return Optional.empty();
  }

  /** Returns the supported formats as a readable list, for messages. */
  static String supportedList() {
    return Arrays.stream(values()).map(ImageFormat::displayName).collect(Collectors.joining(", "));
  }

  /** Returns the first bytes of {@code data} in hexadecimal, for messages about unknown data. */
  static String head(byte[] data) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(8, data.length); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02x", data[i] & 0xFF));
    }
    return hex.toString();
  }

  private static boolean startsWith(byte[] data, int offset, byte... magic) {
    if (data.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (data[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
