package org.kyc4j.core;

import java.time.Duration;
import java.util.Map;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;

/** The findings the engine writes on a detector's behalf. */
final class Findings {
  private Findings() {}

  static Finding skipped(InstalledDetector d, String why) {
    return Finding.skipped(d.id(), d.stage(), why);
  }

  static Finding error(InstalledDetector d, String what, Throwable cause) {
    return Finding.of(d.id(), d.stage(), Outcome.ERROR, ReasonCode.DETECTOR_ERROR, what + " threw " + cause,
        Double.NaN, Double.NaN, Map.of("exception", cause.getClass().getName()));
  }

  static Finding invalid(InstalledDetector d, String why) {
    return Finding.of(d.id(), d.stage(), Outcome.ERROR, ReasonCode.DETECTOR_ERROR, why, Double.NaN, Double.NaN,
        Map.of());
  }

  static Finding timeout(InstalledDetector d, Duration timeout) {
    return Finding.of(d.id(), d.stage(), Outcome.ERROR, ReasonCode.DETECTOR_TIMEOUT,
        "detect did not finish within " + timeout, Double.NaN, Double.NaN, Map.of("timeout", timeout.toString()));
  }

  /** Returns {@code finding} if it is the detector's own, else an ERROR saying what was wrong. */
  static Finding checked(InstalledDetector d, Finding finding) {
    if (finding == null) {
      return invalid(d, "detect returned null");
    }
    if (!finding.detectorId().equals(d.id()) || finding.stage() != d.stage()) {
      return invalid(d, "detect returned a finding of '" + finding.detectorId() + "'/" + finding.stage()
          + "; expected '" + d.id() + "'/" + d.stage());
    }
    return finding;
  }
}
