package org.kyc4j.api;

import java.util.List;

/**
 * What risk control found. {@link #EMPTY} when it did not run (any FAILURE, a CLOSED risk level,
 * or a product without risk control); evaluated with no hits when it ran and found nothing.
 *
 * @param evaluated whether risk control ran
 * @param hits the risks found, empty when none or when not evaluated
 */
public record RiskSection(boolean evaluated, List<RiskHit> hits) {
  /** The section of a verification where risk control did not run. */
  public static final RiskSection EMPTY = new RiskSection(false, List.of());

  /** Validates that an unevaluated section has no hits, and copies. */
  public RiskSection {
    hits = List.copyOf(hits);
    if (!evaluated && !hits.isEmpty()) {
      throw new IllegalArgumentException("risk control that did not run has no hits");
    }
  }

  /** Returns a section for risk control that ran. */
  public static RiskSection evaluated(List<RiskHit> hits) {
    return new RiskSection(true, hits);
  }

  /** Returns whether risk control did not run. */
  public boolean isEmpty() {
    return !evaluated;
  }
}
