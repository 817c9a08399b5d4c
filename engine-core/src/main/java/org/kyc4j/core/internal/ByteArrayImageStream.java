package org.kyc4j.core.internal;

import java.io.IOException;
import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A seekable ImageIO input stream over a byte array, without a copy and without ImageIO's cache
 * files: decoding never touches the file system. Readers may look a little past the end (a
 * bit reader filling its buffer), but a reader that keeps reading there is decoding data that
 * does not exist (TwelveMonkeys' WebP bit reader swallows end-of-file and pads with zeros), so
 * after {@link #MAX_READS_PAST_END} such reads the stream fails with {@link DataExhaustedException}.
 * Every chunk read, and every {@value #BYTES_PER_DEADLINE_CHECK}th single byte, checks the decode
 * deadline and fails with {@link DeadlinePassedException} once it has passed: that stops readers
 * that decode as they read (progressive JPEG). Not thread-safe (one per decode).
 */
final class ByteArrayImageStream extends ImageInputStreamImpl {
  /** Far more than any valid stream needs at its end; bounds the work spent decoding nothing. */
  static final int MAX_READS_PAST_END = 1024;
  static final int BYTES_PER_DEADLINE_CHECK = 4096;

  private final byte[] data;
  private final DecodeDeadline deadline;
  private int readsPastEnd;
  private int singleReads;

  ByteArrayImageStream(byte[] data, DecodeDeadline deadline) {
    this.data = Objects.requireNonNull(data, "data");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public int read() throws IOException {
    bitOffset = 0;
    if (++singleReads % BYTES_PER_DEADLINE_CHECK == 0) {
      checkDeadline();
    }
    if (streamPos >= data.length) {
      return pastEnd();
    }
    return data[(int) streamPos++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    bitOffset = 0;
    if (length == 0) {
      return 0;
    }
    checkDeadline();
    if (streamPos >= data.length) {
      return pastEnd();
    }
    int count = (int) Math.min(length, data.length - streamPos);
    System.arraycopy(data, (int) streamPos, buffer, offset, count);
    streamPos += count;
    return count;
  }

  @Override
  public long length() {
    return data.length;
  }

  private void checkDeadline() throws DeadlinePassedException {
    if (deadline.passed()) {
      throw new DeadlinePassedException("the decode deadline passed after " + streamPos + " of " + data.length
          + " bytes");
    }
  }

  private int pastEnd() throws DataExhaustedException {
    if (++readsPastEnd > MAX_READS_PAST_END) {
      throw new DataExhaustedException("decoder read past the end of the " + data.length + " bytes more than "
          + MAX_READS_PAST_END + " times");
    }
    return -1;
  }

  /** Thrown when a reader keeps reading past the end of the data: the image is truncated. */
  static final class DataExhaustedException extends IOException {
    private static final long serialVersionUID = 1L;

    DataExhaustedException(String message) {
      super(message);
    }
  }

  /** Thrown when the decode deadline passes while the reader reads. */
  static final class DeadlinePassedException extends IOException {
    private static final long serialVersionUID = 1L;

    DeadlinePassedException(String message) {
      super(message);
    }
  }
}
