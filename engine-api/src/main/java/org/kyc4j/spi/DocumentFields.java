package org.kyc4j.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields read from a document, by name (for example {@code idNumber}, {@code name}, {@code dateOfBirth}).
 *
 * @param fields the fields in reading order
 */
public record DocumentFields(Map<String, String> fields) {
  /** Copies the map, keeping its order. */
  public DocumentFields {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
  }

  /** Names the fields without their values, which are the holder's personal data. */
  @Override
  public String toString() {
    return "DocumentFields" + fields.keySet() + " (values redacted)";
  }
}
