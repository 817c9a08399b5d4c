package org.kyc4j.spi;

import java.util.Optional;

/**
 * The services one engine shares among its detectors (Trino's {@code ConnectorContext} is the
 * model): one instance per {@link ServiceKey} and engine, created on first request or supplied to
 * the engine's builder, and closed with the engine when the engine created it. Implementations are
 * thread-safe.
 */
public interface EngineServices {
  /** No services: {@link #find} is always empty and {@link #get} always throws; for settings made outside an engine. */
  EngineServices NONE = new EngineServices() {
    @Override
    public <T> T get(ServiceKey<T> key) {
      throw new IllegalStateException("service " + key + " is not available: these settings were made outside an engine");
    }

    @Override
    public <T> Optional<T> find(ServiceKey<T> key) {
      return Optional.empty();
    }
  };

  /**
   * Returns the engine's instance of a service: the one supplied to the builder, else the one the
   * key's factory created for this engine (creating it on the first request).
   *
   * @throws IllegalStateException if the key has no factory and nothing was supplied, if creating it
   *     failed (the cause attached), or if services ask for each other in a cycle
   */
  <T> T get(ServiceKey<T> key);

  /** Returns the service supplied to the builder or already created for this engine; never creates one. */
  <T> Optional<T> find(ServiceKey<T> key);
}
