package org.kyc4j.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The content of a {@link Decision}: reasons, findings, timings, risk section and artefacts.
 *
 * @param transactionId the request's transaction id
 * @param reasons the reasons that decided the status, most important first
 * @param findings every detector's finding, in plan order
 * @param timings how long decoding and each detector took
 * @param risk the risk section; {@link RiskSection#EMPTY} when risk control did not run
 * @param artefacts what the verification returns besides the status
 * @param decidedAt when the decision was made, by the engine's clock
 */
public record Report(String transactionId, List<Reason> reasons, List<Finding> findings, Timings timings,
    RiskSection risk, Artefacts artefacts, Instant decidedAt) {
  /** Validates non-null components and copies the lists. */
  public Report {
    Objects.requireNonNull(transactionId, "transactionId");
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(artefacts, "artefacts");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }
}
