package org.kyc4j.api;

import java.util.List;
import java.util.Objects;

/**
 * One risk found by risk control.
 *
 * @param type the kind of risk
 * @param score how strongly the evidence supports it (for face hits, the similarity), or {@code NaN}
 * @param transactionIds the earlier transactions involved, oldest first
 * @param detail a human-readable explanation
 */
public record RiskHit(RiskType type, double score, List<String> transactionIds, String detail) {
  /** Validates and copies. */
  public RiskHit {
    Objects.requireNonNull(type, "type");
    transactionIds = List.copyOf(transactionIds);
    Objects.requireNonNull(detail, "detail");
  }
}
