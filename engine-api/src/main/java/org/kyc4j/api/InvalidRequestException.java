package org.kyc4j.api;

import java.util.Objects;

/**
 * Thrown at the engine's boundary when a request or a configuration is malformed. It carries a
 * stable code ({@link #INVALID_ARGUMENT}) and the name of the offending field; nothing is
 * recorded for a request that raised it.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  /** The code of every invalid-request rejection. */
  public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";

  private final String field;

  /**
   * Creates an exception for {@code field} with a message saying what was wrong and what is allowed.
   *
   * @throws NullPointerException if an argument is null
   */
  public InvalidRequestException(String field, String message) {
    super(INVALID_ARGUMENT + ": " + Objects.requireNonNull(field, "field") + ": "
        + Objects.requireNonNull(message, "message"));
    this.field = field;
  }

  /** Returns {@link #INVALID_ARGUMENT}. */
  public String code() {
    return INVALID_ARGUMENT;
  }

  /** Returns the name of the field that was rejected, for example {@code "subject.userId"}. */
  public String field() {
    return field;
  }
}
