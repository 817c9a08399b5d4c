package org.kyc4j.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long one verification took.
 *
 * @param total from validation to decision
 * @param decoding decoding all images
 * @param detectors per detector id, in plan order; skipped detectors are absent
 */
public record Timings(Duration total, Duration decoding, Map<String, Duration> detectors) {
  /** Validates and copies. */
  public Timings {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(decoding, "decoding");
    detectors = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(detectors, "detectors")));
  }
}
