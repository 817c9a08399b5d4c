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
      throw new InvalidRequestException(field, "must be absent (null) or non-blank, was '" + value + "'");
    }
    if (value.length() > max) {
      throw new InvalidRequestException(field, "is " + value.length() + " characters; allowed: at most " + max);
    }
    return value;
  }

  static String requiredText(String value, String field, int max) {
    return optionalText(nonNull(value, field), field, max);
  }

  static byte[] bytes(byte[] value, String field) {
    if (nonNull(value, field).length == 0) {
      throw new InvalidRequestException(field, "holds zero bytes; an encoded image is required");
    }
    return value.clone();
  }
}
