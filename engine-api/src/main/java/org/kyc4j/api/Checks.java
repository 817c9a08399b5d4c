package org.kyc4j.api;

/** Shared argument checks that raise {@link InvalidRequestException}. */
final class Checks {
  private Checks() {}

  static <T> T nonNull(T value, String field) {
    if (value == null) {
      throw new InvalidRequestException(field, "must not be null");
    }
    return value;
  }

  /** Returns {@code value} if it is null (absent) or holds a non-blank string of at most {@code max} chars. */
  static String optionalText(String value, String field, int max) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new InvalidRequestException(field, "must be absent (null) or non-blank, was '" + echo(value) + "'");
    }
    if (value.length() > max) {
      throw new InvalidRequestException(field, "is " + value.length() + " characters; allowed: at most " + max);
    }
    return value;
  }

  static String requiredText(String value, String field, int max) {
    return optionalText(nonNull(value, field), field, max);
  }

  /** Longest part of an untrusted value that a message echoes. */
  static final int ECHOED_CHARS = 64;

  /**
   * An untrusted value as a message may echo it: at most {@link #ECHOED_CHARS} characters, then
   * {@code ...} and the full length; control and other non-printing characters escaped as a backslash,
   * {@code u} and four hex digits.
   */
  static String echo(String value) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(value.length(), ECHOED_CHARS);
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c)) {
        String hex = Integer.toHexString(c);
        out.append('\\').append('u').append("0000", hex.length(), 4).append(hex);
      } else {
        out.append(c);
      }
    }
    if (value.length() > shown) {
      out.append("... (").append(value.length()).append(" chars)");
    }
    return out.toString();
  }

  static byte[] bytes(byte[] value, String field) {
    if (nonNull(value, field).length == 0) {
      throw new InvalidRequestException(field, "holds zero bytes; an encoded image is required");
    }
    return value.clone();
  }
}
