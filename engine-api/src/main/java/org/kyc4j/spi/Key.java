package org.kyc4j.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed name on the evidence board, through which detectors meet: one provides a key, others
 * require it. Two keys are equal when their names are equal; a name is bound to one type.
 *
 * @param <T> the type of the value stored under this key
 */
public final class Key<T> implements Comparable<Key<?>> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
  private final String name;
  private final Class<T> type;

  private Key(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Returns a key; names are dotted lower-camel words such as {@code document.front.raster}.
   *
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <T> Key<T> of(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches() || name.length() > 128) {
      throw new IllegalArgumentException("key name '" + name + "' must match " + NAME + " (at most 128 chars)");
    }
    return new Key<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** Returns {@code value} cast to this key's type, or throws naming the key if it has another type. */
  public T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new ClassCastException("key " + name + " holds " + type.getName() + ", not "
          + (value == null ? "null" : value.getClass().getName()));
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key<?> other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(Key<?> other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
