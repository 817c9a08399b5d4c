package org.kyc4j.core;

import java.util.List;

/**
 * The resolved, immutable order in which an engine runs its detectors: by the keys they require and
 * provide, ties broken by (stage, id). Independent of class-path order; {@link #toString()} prints one
 * detector per line. Thread-safe.
 */
public final class Plan {
  private final List<PlannedDetector> detectors;

  Plan(List<PlannedDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** Returns the detectors in run order. */
  public List<PlannedDetector> detectors() {
    return detectors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plan other && detectors.equals(other.detectors);
  }

  @Override
  public int hashCode() {
    return detectors.hashCode();
  }

  /** Returns one line per detector: order, stage, id, check, requires -> provides, provider class. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    int order = 1;
    for (PlannedDetector d : detectors) {
      String uses = d.uses().isEmpty() ? "" : " uses " + d.uses();
      out.append(String.format("%2d  %-8s  %-28s  %-19s  %s%s -> %s  (%s)\n", order++, d.stage(), d.id(), d.check(),
          d.requires(), uses, d.provides(), d.providerClass()));
    }
    return out.toString();
  }
}
