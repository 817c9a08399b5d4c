package org.kyc4j.idn;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A closed interval of time {@code [from, to]} that bounds identity network queries: a record
 * counts when its time lies in it, ends included. Immutable.
 *
 * @param from the earliest time included
 * @param to the latest time included, not before {@code from}
 */
public record TimeWindow(Instant from, Instant to) {
  /** Validates that both ends are given and in order. */
  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("time window from " + from + " is after to " + to + "; allowed: from <= to");
    }
  }

  /**
   * Returns the window of the {@code length} before {@code now}, {@code now} included; a length
   * reaching before {@link Instant#MIN} starts there.
   *
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public static TimeWindow last(Duration length, Instant now) {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(now, "now");
    if (length.isNegative()) {
      throw new IllegalArgumentException("window length " + length + " is negative; allowed: zero or more");
    }
    Instant from;
    try {
      from = now.minus(length);
    } catch (DateTimeException | ArithmeticException e) {
      from = Instant.MIN;
    }
    return new TimeWindow(from, now);
  }

  /** Returns whether {@code time} lies in the window. */
  public boolean contains(Instant time) {
    return !time.isBefore(from) && !time.isAfter(to);
  }
}
