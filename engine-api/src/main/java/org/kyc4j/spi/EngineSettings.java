package org.kyc4j.spi;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine hands to each {@link DetectorProvider} when it is built: its clock, seed and
 * properties, its shared {@link EngineServices}, and the class loader of its discovery.
 *
 * @param clock the engine's clock; detectors read time only from it
 * @param seed the seed of any randomness a detector needs
 * @param properties free-form provider properties (for example model locations), never null
 * @param services the engine-scoped services, never null
 * @param discoveryLoader the class loader the engine discovers plugins with, or null when the
 *     engine was built with discovery off; providers that discover plugins of their own (nested
 *     {@link java.util.ServiceLoader} lookups) must use it and do nothing when it is null
 */
public record EngineSettings(Clock clock, long seed, Map<String, String> properties, EngineServices services,
    ClassLoader discoveryLoader) {
  /** Validates and copies. */
  public EngineSettings {
    Objects.requireNonNull(clock, "clock");
    properties = Map.copyOf(properties);
    Objects.requireNonNull(services, "services");
  }

  /** Settings outside an engine (for unit tests of a provider): no services and no discovery. */
  public EngineSettings(Clock clock, long seed, Map<String, String> properties) {
    this(clock, seed, properties, EngineServices.NONE, null);
  }

  /** Returns the engine's one instance of a service; see {@link EngineServices#get}. */
  public <T> T service(ServiceKey<T> key) {
    return services.get(Objects.requireNonNull(key, "key"));
  }

  /** Returns a service supplied to the engine's builder, if any; see {@link EngineServices#find}. */
  public <T> Optional<T> findService(ServiceKey<T> key) {
    return services.find(Objects.requireNonNull(key, "key"));
  }

  /** Returns the identity network the engine was given ({@link IdentityNetwork#SERVICE}), if any. */
  public Optional<IdentityNetwork> findIdentityNetwork() {
    return findService(IdentityNetwork.SERVICE);
  }

  /** Returns the class loader for nested discovery; empty when the engine was built with discovery off. */
  public Optional<ClassLoader> discovery() {
    return Optional.ofNullable(discoveryLoader);
  }

  /** Returns a property, or {@code fallback} when it is not set. */
  public String property(String name, String fallback) {
    return properties.getOrDefault(name, fallback);
  }
}
