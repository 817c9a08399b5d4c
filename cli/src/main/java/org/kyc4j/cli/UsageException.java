package org.kyc4j.cli;

/**
 * Bad command-line arguments: the command prints the message and its usage, and exits with 2.
 * The message says which argument was wrong and what is allowed.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
