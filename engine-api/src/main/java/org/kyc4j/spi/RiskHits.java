package org.kyc4j.spi;

import java.util.List;
import org.kyc4j.api.RiskHit;

/**
 * The risks one RISK-stage detector found, as a board value. The engine copies the hits of every
 * provided key of this type into the decision's risk section, in plan order; each detector
 * provides its own key, so several risk detectors never clash.
 *
 * @param hits the hits, in the order the detector found them
 */
public record RiskHits(List<RiskHit> hits) {
  /** Copies the list. */
  public RiskHits {
    hits = List.copyOf(hits);
  }
}
