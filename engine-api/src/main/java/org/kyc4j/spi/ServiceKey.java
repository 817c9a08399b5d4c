package org.kyc4j.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The typed name of an engine-scoped service: a resource that every detector of one engine shares
 * (a loaded model runtime, the identity network), asked for through
 * {@link EngineSettings#service(ServiceKey)}. A key either carries the factory that creates its one
 * instance per engine, or names a service the engine's user supplies to the builder. Two keys are
 * equal when their names are equal. Immutable and thread-safe.
 *
 * @param <T> the service's type
 */
public final class ServiceKey<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
  private final String name;
  private final Class<T> type;
  private final Function<EngineSettings, ? extends T> factory;

  private ServiceKey(String name, Class<T> type, Function<EngineSettings, ? extends T> factory) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches() || name.length() > 128) {
      throw new IllegalArgumentException("service key name '" + name + "' must match " + NAME
          + " (at most 128 chars)");
    }
    this.name = name;
    this.type = type;
    this.factory = factory;
  }

  /**
   * Returns the key of a service the engine creates on first request, once per engine, with
   * {@code factory}; the engine closes it after its detectors when it is {@link AutoCloseable}.
   *
   * @throws IllegalArgumentException if the name is not dotted lower-camel words such as {@code face.recognizer}
   */
  public static <T> ServiceKey<T> created(String name, Class<T> type, Function<EngineSettings, ? extends T> factory) {
    return new ServiceKey<>(name, type, Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Returns the key of a service that only the engine's user supplies (the engine never creates it
   * and never closes it).
   *
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <T> ServiceKey<T> supplied(String name, Class<T> type) {
    return new ServiceKey<>(name, type, null);
  }

  /** Returns the key's name. */
  public String name() {
    return name;
  }

  /** Returns the service's type. */
  public Class<T> type() {
    return type;
  }

  /** Returns the factory, empty for a {@link #supplied} service. */
  public Optional<Function<EngineSettings, ? extends T>> factory() {
    return Optional.ofNullable(factory);
  }

  /** Returns {@code value} cast to this key's type, or throws naming the key if it has another type. */
  public T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new ClassCastException("service " + name + " is a " + type.getName() + ", not "
          + (value == null ? "null" : value.getClass().getName()));
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceKey<?> other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
