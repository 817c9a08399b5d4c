package org.kyc4j.core;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kyc4j.spi.Key;

/** The evidence board of one verification: typed keys to values, each written at most once. Thread-safe. */
final class Board {
  private final ConcurrentMap<Key<?>, Object> values = new ConcurrentHashMap<>();

  /** Returns the value under {@code key}, if present. */
  <T> Optional<T> find(Key<T> key) {
    Object value = values.get(key);
    return value == null ? Optional.empty() : Optional.of(key.cast(value));
  }

  /** Returns whether a value is present under {@code key}. */
  boolean contains(Key<?> key) {
    return values.containsKey(key);
  }

  /** Writes {@code value} under {@code key} unless a value is there; returns whether it was written. */
  <T> boolean putOnce(Key<T> key, T value) {
    return values.putIfAbsent(key, key.cast(Objects.requireNonNull(value, "value"))) == null;
  }
}
