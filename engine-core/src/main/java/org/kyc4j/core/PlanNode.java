package org.kyc4j.core;

import java.util.List;

/**
 * One detector in run order.
 *
 * @param index the position in the plan
 * @param installed the detector and its declarations
 * @param waitFor the positions of the detectors that must finish first: providers of its required
 *     keys and, for a RISK-stage detector, its gates
 * @param gates for a RISK-stage detector, the DOCUMENT, FACE and LIVENESS detectors before it whose
 *     FAIL skips it; empty otherwise
 */
record PlanNode(int index, InstalledDetector installed, List<Integer> waitFor, List<Integer> gates) {
  PlanNode {
    waitFor = List.copyOf(waitFor);
    gates = List.copyOf(gates);
  }
}
