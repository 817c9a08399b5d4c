package org.kyc4j.document;

import java.util.Optional;

/**
 * The verdict of an {@link IdNumberRule} on one ID number.
 *
 * @param valid whether the number satisfies every rule
 * @param violation the rule the number breaks, in words and without repeating the number; null
 *     exactly when {@code valid}
 */
public record IdNumberCheck(boolean valid, String violation) {
  private static final IdNumberCheck PASSED = new IdNumberCheck(true, null);

  /** Validates that a violation is given exactly when the number is invalid. */
  public IdNumberCheck {
    if (valid != (violation == null)) {
      throw new IllegalArgumentException("idNumberCheck: valid=" + valid + " with violation " + violation
          + "; a violation is required exactly when the number is invalid");
    }
    if (violation != null && violation.isBlank()) {
      throw new IllegalArgumentException("idNumberCheck.violation must not be blank");
    }
  }

  /** Returns the verdict for a valid number. */
  public static IdNumberCheck passed() {
    return PASSED;
  }

  /** Returns the verdict for a number that breaks {@code violation}. */
  public static IdNumberCheck failed(String violation) {
    return new IdNumberCheck(false, violation);
  }

  /** Returns the violation, empty for a valid number. */
  public Optional<String> findViolation() {
    return Optional.ofNullable(violation);
  }
}
