package org.kyc4j.liveness.model;

/** A model or its runtime cannot be loaded; the message says what is missing and how to add it. */
public final class ModelUnavailableException extends RuntimeException {
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
