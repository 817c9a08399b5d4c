package org.kyc4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kyc4j.spi.EngineServices;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.ServiceKey;

/**
 * One engine's services: those supplied to the builder, and those created on first request by their
 * key's factory, one instance per key. Created services are closed in reverse creation order; supplied
 * ones belong to the caller and are never closed. Thread-safe (one lock; creation is rare).
 */
final class ServiceRegistry implements EngineServices {
  private final Map<ServiceKey<?>, Object> supplied;
  private final Map<ServiceKey<?>, Object> created = new LinkedHashMap<>();
  private final Set<ServiceKey<?>> creating = new LinkedHashSet<>();
  private EngineSettings settings;

  ServiceRegistry(Map<ServiceKey<?>, Object> supplied) {
    this.supplied = Map.copyOf(supplied);
  }

  /** Binds the settings every factory receives; called once, before any provider runs. */
  synchronized void bind(EngineSettings settings) {
    this.settings = settings;
  }

  @Override
  public synchronized <T> T get(ServiceKey<T> key) {
    Optional<T> found = find(key);
    if (found.isPresent()) {
      return found.get();
    }
    Function<EngineSettings, ? extends T> factory = key.factory().orElseThrow(() -> new IllegalStateException(
        "service " + key + " (" + key.type().getName() + ") was not supplied to the engine builder"
            + " and has no factory; supply it with Kyc4j.Builder.service(...)"));
    if (!creating.add(key)) {
      throw new IllegalStateException("services ask for each other in a cycle: " + creating + " -> " + key);
    }
    try {
      T instance = factory.apply(settings);
      if (instance == null) {
        throw new IllegalStateException("the factory of service " + key + " returned null");
      }
      created.put(key, key.cast(instance));
      return instance;
    } finally {
      creating.remove(key);
    }
  }

  @Override
  public synchronized <T> Optional<T> find(ServiceKey<T> key) {
    Object instance = supplied.containsKey(key) ? supplied.get(key) : created.get(key);
    return instance == null ? Optional.empty() : Optional.of(key.cast(instance));
  }

  /**
   * Closes every created service that is AutoCloseable, last created first; a failure is reported to
   * {@code log} and does not stop the others.
   */
  void close(EngineLog log) {
    List<Map.Entry<ServiceKey<?>, Object>> services;
    synchronized (this) {
      services = new ArrayList<>(created.entrySet());
    }
    Collections.reverse(services);
    for (Map.Entry<ServiceKey<?>, Object> service : services) {
      log.closeService(service.getKey().name(), service.getValue());
    }
  }
}
