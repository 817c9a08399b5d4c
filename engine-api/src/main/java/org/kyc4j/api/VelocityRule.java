package org.kyc4j.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed attack attempts (spoof, injection, tampering, fake ID) one user, device or ID
 * number may make within a sliding window before it is refused for a cooldown.
 *
 * @param maxAttempts attempts allowed within {@code window}, 1 to 1000; one more is refused
 * @param window the sliding window, whole seconds, 1 second to 1 day
 * @param cooldown how long a subject over the limit is refused, whole seconds, 1 second to 30 days
 */
public record VelocityRule(int maxAttempts, Duration window, Duration cooldown) {
  /** The default: 5 attempts in 3 minutes, then 30 minutes of cooldown. */
  public static final VelocityRule DEFAULT = new VelocityRule(5, Duration.ofMinutes(3), Duration.ofMinutes(30));

  /** Validates every component; see the component descriptions for what is allowed. */
  public VelocityRule {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(cooldown, "cooldown");
    if (window.getNano() != 0 || cooldown.getNano() != 0) {
      throw new InvalidRequestException("config.velocity", "window " + window + " and cooldown " + cooldown
          + " must be whole seconds");
    }
    if (maxAttempts < 1 || maxAttempts > 1000) {
      throw new InvalidRequestException("config.velocity", "maxAttempts " + maxAttempts + " is out of range; allowed: 1..1000");
    }
    if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(1)) > 0) {
      throw new InvalidRequestException("config.velocity", "window " + window + " is out of range; allowed: 1s..1d");
    }
    if (cooldown.compareTo(Duration.ofSeconds(1)) < 0 || cooldown.compareTo(Duration.ofDays(30)) > 0) {
      throw new InvalidRequestException("config.velocity", "cooldown " + cooldown + " is out of range; allowed: 1s..30d");
    }
  }
}
