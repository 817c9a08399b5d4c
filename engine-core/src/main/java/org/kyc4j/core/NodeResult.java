package org.kyc4j.core;

import java.time.Duration;
import org.kyc4j.api.Finding;

/**
 * What running (or skipping) one detector gave.
 *
 * @param finding the detector's finding, or the engine's on its behalf
 * @param time how long detect took, or null when it was not invoked
 * @param hooked whether detect was invoked and finished (returned or threw), so afterDecision is due
 */
record NodeResult(Finding finding, Duration time, boolean hooked) {
  static NodeResult notRun(Finding finding) {
    return new NodeResult(finding, null, false);
  }
}
