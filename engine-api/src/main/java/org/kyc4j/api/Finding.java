package org.kyc4j.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one detector found in one verification. Every outcome but {@link Outcome#PASS} carries a
 * reason; a PASS carries none. Score and threshold are {@code NaN} when the check has no score.
 *
 * @param detectorId the detector's id
 * @param stage the detector's stage
 * @param outcome what it concluded
 * @param score the measured score, or {@code NaN}
 * @param threshold the threshold the score was compared with, or {@code NaN}
 * @param reason why it did not pass; null exactly when the outcome is PASS
 * @param evidence named measurements in insertion order, for audit
 */
public record Finding(String detectorId, Stage stage, Outcome outcome, double score, double threshold,
    Reason reason, Map<String, String> evidence) {
  /** Validates the reason rule and copies the evidence. */
  public Finding {
    Objects.requireNonNull(detectorId, "detectorId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(evidence, "evidence");
    if ((outcome == Outcome.PASS) != (reason == null)) {
      throw new IllegalArgumentException("finding of " + detectorId + ": outcome " + outcome
          + (reason == null ? " needs a reason" : " must not carry a reason"));
    }
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** A passing finding with a score. */
  public static Finding pass(String detectorId, Stage stage, double score, double threshold, Map<String, String> evidence) {
    return new Finding(detectorId, stage, Outcome.PASS, score, threshold, null, evidence);
  }

  /** A passing finding without a score. */
  public static Finding pass(String detectorId, Stage stage) {
    return pass(detectorId, stage, Double.NaN, Double.NaN, Map.of());
  }

  /** A finding with the given non-PASS outcome, reason code and message. */
  public static Finding of(String detectorId, Stage stage, Outcome outcome, ReasonCode code, String message,
      double score, double threshold, Map<String, String> evidence) {
    return new Finding(detectorId, stage, outcome, score, threshold, new Reason(code, detectorId, message), evidence);
  }

  /** A failing finding. */
  public static Finding fail(String detectorId, Stage stage, ReasonCode code, String message) {
    return of(detectorId, stage, Outcome.FAIL, code, message, Double.NaN, Double.NaN, Map.of());
  }

  /** A finding for a check that did not run. */
  public static Finding skipped(String detectorId, Stage stage, String why) {
    return of(detectorId, stage, Outcome.SKIPPED, ReasonCode.CHECK_SKIPPED, why, Double.NaN, Double.NaN, Map.of());
  }

  /** A finding for a check that is configured but not implemented. */
  public static Finding notSupported(String detectorId, Stage stage, String what) {
    return of(detectorId, stage, Outcome.NOT_SUPPORTED, ReasonCode.CHECK_NOT_SUPPORTED, what, Double.NaN,
        Double.NaN, Map.of());
  }

  /** Returns the score, empty when the check has none. */
  public OptionalDouble findScore() {
    return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
  }

  /** Returns the reason, empty for a PASS. */
  public Optional<Reason> findReason() {
    return Optional.ofNullable(reason);
  }
}
