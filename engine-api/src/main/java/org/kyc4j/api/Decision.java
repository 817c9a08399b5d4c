package org.kyc4j.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The final result of one verification: {@link Success}, {@link Pending} (manual review) or
 * {@link Failure}, each with the same {@link Report}. Switch on {@link #status()} or pattern-match
 * on the sealed type. Immutable and thread-safe.
 */
public sealed interface Decision permits Decision.Success, Decision.Pending, Decision.Failure {

  /** The three final statuses. */
  enum Status { SUCCESS, PENDING, FAILURE }

  /** Returns the report behind the decision. */
  Report report();

  /** Returns the status, for switching. */
  Status status();

  /** Returns the transaction id of the request. */
  default String transactionId() {
    return report().transactionId();
  }

  /** Returns the reasons for a PENDING or FAILURE; empty for SUCCESS. */
  default List<Reason> reasons() {
    return report().reasons();
  }

  /** Returns every detector's finding, in plan order. */
  default List<Finding> findings() {
    return report().findings();
  }

  /** Returns the risk section; empty when risk control did not run. */
  default RiskSection risk() {
    return report().risk();
  }

  /** Returns the artefacts: cropped face, closed-eye frames, document fields. */
  default Artefacts artefacts() {
    return report().artefacts();
  }

  /**
   * Returns the five-way summary of the document's authenticity, derived from the findings; every
   * category is NOT_SUPPORTED when no document detector reported it (for example FACE_CAPTURE).
   */
  default DocumentChecks documentChecks() {
    return DocumentChecks.of(findings());
  }

  /** Returns the timings. */
  default Timings timings() {
    return report().timings();
  }

  /** Returns when the decision was made, by the engine's clock. */
  default Instant decidedAt() {
    return report().decidedAt();
  }

  /** Returns the decision of the given status over {@code report}. */
  static Decision of(Status status, Report report) {
    Objects.requireNonNull(status, "status");
    return switch (status) {
      case SUCCESS -> new Success(report);
      case PENDING -> new Pending(report);
      case FAILURE -> new Failure(report);
    };
  }

  /** Document, face and risk all passed. */
  record Success(Report report) implements Decision {
    public Success {
      Objects.requireNonNull(report, "report");
      if (!report.reasons().isEmpty()) {
        throw new IllegalArgumentException("a SUCCESS carries no reasons: " + report.reasons());
      }
    }

    @Override
    public Status status() {
      return Status.SUCCESS;
    }
  }

  /** The transaction needs manual review; final until a person decides. */
  record Pending(Report report) implements Decision {
    public Pending {
      requireReasons(report, "PENDING");
    }

    @Override
    public Status status() {
      return Status.PENDING;
    }
  }

  /** The document or the face could not be verified; the risk section is empty. */
  record Failure(Report report) implements Decision {
    public Failure {
      requireReasons(report, "FAILURE");
      if (!report.risk().isEmpty()) {
        throw new IllegalArgumentException("a FAILURE has an empty risk section");
      }
    }

    @Override
    public Status status() {
      return Status.FAILURE;
    }
  }

  private static void requireReasons(Report report, String status) {
    Objects.requireNonNull(report, "report");
    if (report.reasons().isEmpty()) {
      throw new IllegalArgumentException("a " + status + " needs at least one reason");
    }
  }
}
