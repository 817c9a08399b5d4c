package org.kyc4j.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The outcome of one batch row.
 *
 * @param status an upper-case word such as {@code MATCH}; {@value #ERROR} when the row could not be judged
 * @param values the job's result columns; a column left out is written empty
 * @param message a note for a person, empty when there is nothing to say
 */
record RowResult(String status, Map<String, String> values, String message) {
  /** The status of a row that could not be judged. */
  static final String ERROR = "ERROR";
  private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Validates the status and copies the values. */
  RowResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if (!STATUS.matcher(status).matches()) {
      throw new IllegalArgumentException("row status '" + status + "' must match " + STATUS);
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
  }

  /** A judged row without a message. */
  static RowResult of(String status, Map<String, String> values) {
    return new RowResult(status, values, "");
  }

  /** A row that could not be judged. */
  static RowResult error(String message) {
    return new RowResult(ERROR, Map.of(), message);
  }
}
