package org.kyc4j.api;

import java.util.Objects;

/**
 * One reason behind a finding or a decision.
 *
 * @param code the stable reason code
 * @param detectorId the id of the detector (or engine component) that gave it
 * @param message a human-readable explanation with the measured value where there is one
 */
public record Reason(ReasonCode code, String detectorId, String message) {
  /** Validates that no component is null or blank. */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detectorId, "detectorId");
    Objects.requireNonNull(message, "message");
    if (detectorId.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("reason detectorId and message must not be blank");
    }
  }
}
