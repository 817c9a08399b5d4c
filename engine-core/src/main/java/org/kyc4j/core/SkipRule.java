package org.kyc4j.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.Key;

/** Decides whether a detector is SKIPPED in one verification, and says why. */
final class SkipRule {
  private SkipRule() {}

  /**
   * Returns the SKIPPED finding of a detector that must not run, or null if it runs: level CLOSED,
   * another product, another operation mode, a failed gate (RISK stage) or an absent required key.
   *
   * @param gates the finished results whose FAIL skips the detector
   */
  static Finding check(InstalledDetector d, VerificationRequest request, Board board,
      List<CompletableFuture<NodeResult>> gates) {
    Level level = request.config().level(d.check());
    if (!level.runs()) {
      return Findings.skipped(d, "check " + d.check() + " is at level CLOSED");
    }
    if (!d.products().contains(request.product())) {
      return Findings.skipped(d, "detector does not run for product " + request.product());
    }
    if (!d.detector().runsIn(request.config().operationMode())) {
      return Findings.skipped(d, "detector does not run in operation mode " + request.config().operationMode());
    }
    for (CompletableFuture<NodeResult> gate : gates) {
      Finding finding = gate.join().finding();
      if (finding.outcome() == Outcome.FAIL) {
        return Findings.skipped(d, "risk control does not run: '" + finding.detectorId() + "' failed ("
            + finding.reason().code() + ")");
      }
    }
    for (Key<?> key : d.requires()) {
      if (!board.contains(key)) {
        return Findings.skipped(d, "required key '" + key + "' is absent");
      }
    }
    return null;
  }
}
