package org.kyc4j.core.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * The moment by which decoding a request's images must be done, read from a monotonic nanosecond
 * source ({@link System#nanoTime()} unless a test supplies one). The decoder checks it as it reads
 * input and as readers report progress, and before each image. Immutable and thread-safe.
 */
public final class DecodeDeadline {
  /** A deadline that never passes. */
  public static final DecodeDeadline NONE = new DecodeDeadline(() -> 0L, Long.MAX_VALUE, null);

  private final LongSupplier nanoTime;
  private final long end;
  private final Duration timeout;

  private DecodeDeadline(LongSupplier nanoTime, long end, Duration timeout) {
    this.nanoTime = nanoTime;
    this.end = end;
    this.timeout = timeout;
  }

  /** Returns the deadline {@code timeout} from now by {@link System#nanoTime()}. */
  public static DecodeDeadline after(Duration timeout) {
    return after(timeout, System::nanoTime);
  }

  /** Returns the deadline {@code timeout} from now by {@code nanoTime}, a monotonic nanosecond source. */
  static DecodeDeadline after(Duration timeout, LongSupplier nanoTime) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(nanoTime, "nanoTime");
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE / 2;
    }
    return new DecodeDeadline(nanoTime, nanoTime.getAsLong() + Math.min(nanos, Long.MAX_VALUE / 2), timeout);
  }

  /** Returns whether the deadline has passed. */
  boolean passed() {
    return timeout != null && nanoTime.getAsLong() - end >= 0;
  }

  /** Throws the rejection of an image whose decoding the deadline stopped, if it has passed. */
  public void check(String format) throws ImageRejectedException {
    if (passed()) {
      throw exceeded(format);
    }
  }

  ImageRejectedException exceeded(String format) {
    return new ImageRejectedException(Kind.TOO_COSTLY, "decoding " + format + " went past the request's decode"
        + " timeout of " + timeout.toMillis() + " ms; allowed: all images decoded within decodeTimeout", null);
  }
}
