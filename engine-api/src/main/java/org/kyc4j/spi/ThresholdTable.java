package org.kyc4j.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.Level;

/**
 * What each level means for one detector: the threshold its score is compared with, and which
 * side passes. Published by {@link Detector#thresholds()} so users can read it.
 *
 * @param metric what the score measures, for example {@code "laplacian variance"}
 * @param passWhen whether a score at or above, or at or below, the threshold passes
 * @param byLevel the threshold per level; CLOSED is never present
 */
public record ThresholdTable(String metric, PassWhen passWhen, Map<Level, Double> byLevel) {
  /** The table of a detector without a scored threshold. */
  public static final ThresholdTable NONE = new ThresholdTable("none", PassWhen.AT_LEAST, Map.of());

  /** Which side of the threshold passes. */
  public enum PassWhen { AT_LEAST, AT_MOST }

  /** Validates and copies. */
  public ThresholdTable {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(passWhen, "passWhen");
    if (byLevel.containsKey(Level.CLOSED)) {
      throw new IllegalArgumentException("CLOSED has no threshold: the check does not run");
    }
    byLevel = byLevel.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byLevel));
  }

  /** Returns a table over LOOSE, STANDARD and STRICT thresholds. */
  public static ThresholdTable of(String metric, PassWhen passWhen, double loose, double standard, double strict) {
    return new ThresholdTable(metric, passWhen, Map.of(Level.LOOSE, loose, Level.STANDARD, standard,
        Level.STRICT, strict));
  }

  /** Returns the threshold at a running level. */
  public double at(Level level) {
    Double value = byLevel.get(level);
    if (value == null) {
      throw new IllegalArgumentException("no threshold for level " + level + " in " + metric);
    }
    return value;
  }

  /** Returns whether {@code score} passes at {@code level}. */
  public boolean passes(double score, Level level) {
    double threshold = at(level);
    return passWhen == PassWhen.AT_LEAST ? score >= threshold : score <= threshold;
  }
}
