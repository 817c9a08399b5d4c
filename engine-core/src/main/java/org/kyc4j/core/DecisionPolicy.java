package org.kyc4j.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocScanMode;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.Reason;
import org.kyc4j.api.Report;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Timings;
import org.kyc4j.api.VerificationRequest;

/**
 * Turns findings into a decision: FAILURE for a FAIL in a stage whose failure is final; else PENDING
 * for a REVIEW, a FAIL in MATCH or RISK, an ERROR or a NOT_SUPPORTED; else SUCCESS. Also adds the
 * coverage findings of checks the request needs that no installed detector implements.
 */
final class DecisionPolicy {
  /** The prefix of coverage finding ids; the check's name in lower case, words joined by '-', follows. */
  static final String COVERAGE_PREFIX = "engine.coverage.";

  private DecisionPolicy() {}

  /**
   * Returns the checks the request needs whose level is not CLOSED, in {@link Check} order: its
   * product's checks, plus the flash and multi-angle checks when a product with documents asks for them.
   */
  static Set<Check> neededChecks(VerificationRequest request) {
    Set<Check> checks = EnumSet.noneOf(Check.class);
    switch (request.product()) {
      case REAL_ID -> {
        checks.addAll(List.of(Check.DOCUMENT_ANTI_SPOOF, Check.LIVENESS, Check.FACE_MATCH));
        if (request.config().operationMode().idnEnabled()) {
          checks.add(Check.RISK);
        }
      }
      case FACE_CAPTURE -> checks.add(Check.LIVENESS);
      case ID_RECOGNITION -> checks.add(Check.DOCUMENT_ANTI_SPOOF);
      case FACE_COMPARE -> checks.add(Check.FACE_MATCH);
    }
    if (request.product().usesFace() || request.product().usesCompareImages()) {
      checks.add(Check.ANTI_INJECTION);
    }
    if (request.product().usesDocument()) {
      if (request.config().documentFlashCheck()) {
        checks.add(Check.DOCUMENT_FLASH);
      }
      if (request.config().documentScanMode() == DocScanMode.MULTI_ANGLE) {
        checks.add(Check.DOCUMENT_MULTI_ANGLE);
      }
    }
    checks.removeIf(check -> !request.config().level(check).runs());
    return checks;
  }

  /** Returns a NOT_SUPPORTED finding for every needed check not among {@code implemented}. */
  static List<Finding> coverage(VerificationRequest request, Set<Check> implemented) {
    List<Finding> findings = new ArrayList<>();
    for (Check check : neededChecks(request)) {
      if (!implemented.contains(check)) {
        Level level = request.config().level(check);
        findings.add(Finding.notSupported(COVERAGE_PREFIX + check.name().toLowerCase(Locale.ROOT).replace('_', '-'), stageOf(check),
            "no installed detector implements check " + check + " (level " + level + ") for product "
                + request.product()));
      }
    }
    return findings;
  }

  static Stage stageOf(Check check) {
    return switch (check) {
      case DOCUMENT_ANTI_SPOOF, DOCUMENT_FLASH, DOCUMENT_MULTI_ANGLE, DOCUMENT_QUALITY, ALWAYS -> Stage.DOCUMENT;
      case LIVENESS, ANTI_INJECTION -> Stage.LIVENESS;
      case FACE_MATCH -> Stage.MATCH;
      case RISK -> Stage.RISK;
    };
  }

  /** Returns the status the findings give. */
  static Decision.Status status(List<Finding> findings) {
    if (findings.stream().anyMatch(DecisionPolicy::isFinalFailure)) {
      return Decision.Status.FAILURE;
    }
    return findings.stream().anyMatch(DecisionPolicy::isPending) ? Decision.Status.PENDING : Decision.Status.SUCCESS;
  }

  /** Returns the reasons of the findings that decided {@code status}, in finding order. */
  static List<Reason> reasons(Decision.Status status, List<Finding> findings) {
    List<Reason> reasons = new ArrayList<>();
    for (Finding finding : findings) {
      boolean decisive = switch (status) {
        case FAILURE -> isFinalFailure(finding);
        case PENDING -> isPending(finding);
        case SUCCESS -> false;
      };
      if (decisive) {
        reasons.add(finding.reason());
      }
    }
    return reasons;
  }

  /** Returns the decision over the findings; the risk section is dropped for a FAILURE. */
  static Decision decide(VerificationRequest request, List<Finding> findings, Timings timings, RiskSection risk,
      Artefacts artefacts, Instant decidedAt) {
    Decision.Status status = status(findings);
    RiskSection section = status == Decision.Status.FAILURE ? RiskSection.EMPTY : risk;
    Report report = new Report(request.transactionId(), reasons(status, findings), findings, timings, section,
        artefacts, decidedAt);
    return Decision.of(status, report);
  }

  /**
   * Returns whether velocity control counts the decision as an attack attempt: a FAILURE or a
   * PENDING with an attack among its reasons (spoof, injection, tampering, fake identity).
   */
  static boolean isAttack(Decision decision) {
    return decision.reasons().stream().anyMatch(reason -> reason.code().isAttack());
  }

  private static boolean isFinalFailure(Finding finding) {
    return finding.outcome() == Outcome.FAIL && finding.stage().failureIsFinal();
  }

  private static boolean isPending(Finding finding) {
    return switch (finding.outcome()) {
      case REVIEW, ERROR, NOT_SUPPORTED -> true;
      case FAIL -> !finding.stage().failureIsFinal();
      case PASS, SKIPPED -> false;
    };
  }
}
