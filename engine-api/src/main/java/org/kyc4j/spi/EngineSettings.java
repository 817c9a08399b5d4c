package org.kyc4j.spi;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine hands to each {@link DetectorProvider} when it is built.
 *
 * @param clock the engine's clock; detectors read time only from it
 * @param seed the seed of any randomness a detector needs
 * @param properties free-form provider properties (for example model locations), never null
 * @param identityNetwork the identity network the engine was given, or null
 */
public record EngineSettings(Clock clock, long seed, Map<String, String> properties, IdentityNetwork identityNetwork) {
  /** Validates and copies. */
  public EngineSettings {
    Objects.requireNonNull(clock, "clock");
    properties = Map.copyOf(properties);
  }

  /** Returns the identity network, if the engine has one. */
  public Optional<IdentityNetwork> findIdentityNetwork() {
    return Optional.ofNullable(identityNetwork);
  }

  /** Returns a property, or {@code fallback} when it is not set. */
  public String property(String name, String fallback) {
    return properties.getOrDefault(name, fallback);
  }
}
