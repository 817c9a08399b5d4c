package org.kyc4j.core.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Redacted;

/**
 * A velocity refusal in force: the key that is refused, until when, and how many failed attack
 * attempts within the window caused it.
 *
 * @param keyKind one of {@code "userId"}, {@code "idNumber"}, {@code "deviceId"}
 * @param keyValue the refused value of that key, not blank
 * @param until the instant the cooldown ends; the key is accepted again from then on
 * @param attempts the attempts counted within the window when the refusal started, at least 1
 */
public record VelocityRefusal(String keyKind, String keyValue, Instant until, int attempts) {
  /** The key kinds velocity control counts. */
  public static final Set<String> KEY_KINDS = Set.of("userId", "idNumber", "deviceId");

  /** Validates every component; throws IllegalArgumentException or NullPointerException naming it. */
  public VelocityRefusal {
    Objects.requireNonNull(keyKind, "keyKind");
    Objects.requireNonNull(keyValue, "keyValue");
    Objects.requireNonNull(until, "until");
    if (!KEY_KINDS.contains(keyKind)) {
      throw new IllegalArgumentException("keyKind '" + keyKind + "' is unknown; allowed: userId, idNumber, deviceId");
    }
    if (keyValue.isBlank()) {
      throw new IllegalArgumentException("keyValue must not be blank");
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts " + attempts + " must be at least 1");
    }
  }

  /** Prints the refused value masked ({@link Redacted}): it is a user id, ID number or device id. */
  @Override
  public String toString() {
    return "VelocityRefusal[" + keyKind + "=" + Redacted.of(keyValue) + ", until " + until + ", " + attempts
        + " attempts]";
  }
}
