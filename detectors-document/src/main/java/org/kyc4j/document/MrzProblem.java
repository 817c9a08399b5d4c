package org.kyc4j.document;

import java.util.Objects;

/**
 * One thing wrong with a machine-readable zone.
 *
 * @param field the field at fault
 * @param message what is wrong, in words, without the holder's personal data
 */
public record MrzProblem(MrzField field, String message) {
  /** Validates that no component is null or blank. */
  public MrzProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("mrzProblem.message must not be blank");
    }
  }

  @Override
  public String toString() {
    return field.code() + ": " + message;
  }
}
