package org.kyc4j.cli;

/** Malformed CSV input; the message starts with the line the problem is on. */
final class CsvException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  CsvException(int line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /** Returns the 1-based physical line the problem is on. */
  int line() {
    return line;
  }
}
