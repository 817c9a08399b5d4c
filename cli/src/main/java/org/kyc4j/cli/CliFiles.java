package org.kyc4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files the command line names: regular files only (a device such as {@code /dev/zero}, a
 * FIFO or a directory is refused before it is opened, so it can neither block nor fill the heap) and
 * at most a given number of bytes. Stateless.
 */
final class CliFiles {
  /** Largest CSV file a batch command reads: 64 MB. */
  static final long MAX_CSV_BYTES = 64L << 20;

  private CliFiles() {}

  /** A file that is not read: not a regular file, or too large. The message says which. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Returns the bytes of {@code path}, a regular file of at most {@code maxBytes} bytes.
   *
   * @throws Refused if it is not a regular file or holds more than {@code maxBytes} bytes
   * @throws java.nio.file.NoSuchFileException if it does not exist
   * @throws IOException if it cannot be read
   */
  static byte[] read(Path path, long maxBytes) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new Refused("is not a regular file (" + (attributes.isDirectory() ? "a directory"
          : "a device, FIFO or socket") + ")");
    }
    if (attributes.size() > maxBytes) {
      throw new Refused("is larger than " + maxBytes + " bytes");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new Refused("is larger than " + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
