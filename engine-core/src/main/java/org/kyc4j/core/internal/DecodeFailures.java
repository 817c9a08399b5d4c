package org.kyc4j.core.internal;

import java.io.EOFException;
import java.util.Locale;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * Maps what ImageIO readers throw or warn about to a rejection kind: data that ends early is
 * TRUNCATED, a variant the reader does not implement is UNSUPPORTED_FORMAT, anything else
 * CORRUPT. Readers only say this in exception types and messages, so this reads both. Stateless.
 */
final class DecodeFailures {
  private static final int MAX_CAUSES = 8;
  private static final String[] TRUNCATION = {"premature end", "unexpected end", "truncated", "missing eoi",
      "end of file", "end of stream"};
  private static final String[] UNSUPPORTED = {"unsupported", "not supported", "not implemented"};

  private DecodeFailures() {}

  /** Returns the rejection for a reader's exception. */
  static ImageRejectedException classify(ImageFormat format, Throwable failure) {
    StringBuilder chain = new StringBuilder();
    boolean truncated = false;
    boolean unsupported = false;
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      chain.append(depth == 0 ? "" : "; caused by ").append(t.getClass().getSimpleName())
          .append(message.isEmpty() ? "" : ": " + message);
      truncated |= t instanceof EOFException || t instanceof ByteArrayImageStream.DataExhaustedException
          || mentions(message, TRUNCATION);
      unsupported |= t instanceof UnsupportedOperationException || mentions(message, UNSUPPORTED);
    }
    if (truncated) {
      return new ImageRejectedException(Kind.TRUNCATED, format.displayName() + " data ends early (" + chain + ")",
          failure);
    }
    if (unsupported) {
      return new ImageRejectedException(Kind.UNSUPPORTED_FORMAT, "this " + format.displayName()
          + " variant cannot be decoded (" + chain + "); supported: " + ImageFormat.supportedList()
          + " in their common variants", failure);
    }
    return new ImageRejectedException(Kind.CORRUPT, format.displayName() + " data is not a valid image (" + chain + ")",
        failure);
  }

  /** Returns whether a reader's warning means the decoded pixels are damaged (cut or corrupt data). */
  static boolean isDamage(String warning) {
    String lower = warning.toLowerCase(Locale.ROOT);
    return isTruncation(warning)
        || (lower.contains("corrupt jpeg data") && !lower.contains("extraneous bytes"));
  }

  /** Returns whether a reader's message says the data ends early. */
  static boolean isTruncation(String message) {
    return mentions(message, TRUNCATION);
  }

  private static boolean mentions(String message, String[] phrases) {
    String lower = message.toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
