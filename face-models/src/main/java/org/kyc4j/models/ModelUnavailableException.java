package org.kyc4j.models;

/**
 * A model or its runtime cannot be loaded; the message says what is missing and how to add it. An
 * {@link IllegalStateException}, so callers outside this module can catch it by that type.
 */
public final class ModelUnavailableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its cause. */
  public ModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception. */
  public ModelUnavailableException(String message) {
    super(message);
  }
}
