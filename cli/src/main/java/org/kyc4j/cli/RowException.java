package org.kyc4j.cli;

/** A batch row that cannot be judged; its message goes into the row's {@code message} column. */
final class RowException extends Exception {
  private static final long serialVersionUID = 1L;

  RowException(String message) {
    super(message);
  }

  RowException(String message, Throwable cause) {
    super(message, cause);
  }
}
