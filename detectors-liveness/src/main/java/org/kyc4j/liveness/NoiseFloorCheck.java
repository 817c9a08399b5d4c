package org.kyc4j.liveness;

import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.ReasonCode;

/**
 * Flags a capture in which no frame shows sensor noise: every measurable frame's {@link FineGrain}
 * share lies below the level's floor, as in frames rendered by a computer. Stateless.
 */
final class NoiseFloorCheck {
  private NoiseFloorCheck() {}

  /**
   * Judges the capture and returns its score: the highest fine-grain share of any frame, or
   * {@code NaN} when no frame could be measured (then nothing is flagged).
   */
  static double judge(FrameScan scan, InjectionLimits limits, Judgement judgement) {
    List<String> shares = new ArrayList<>();
    double best = Double.NaN;
    int bestFrame = -1;
    for (FrameSignature frame : scan.signatures()) {
      double share = frame.fineGrainShare();
      shares.add(Judgement.decimal(share));
      if (!Double.isNaN(share) && (Double.isNaN(best) || share > best)) {
        best = share;
        bestFrame = frame.index();
      }
    }
    judgement.evidence("fineGrain.shares", String.join(",", shares));
    if (Double.isNaN(best)) {
      judgement.evidence("fineGrain.verdict", "not judged: no frame has enough non-edge area to measure noise");
      return best;
    }
    judgement.evidence("fineGrain.max", Judgement.decimal(best) + " (frame " + bestFrame + ")");
    if (best < limits.minFineGrainShare()) {
      judgement.problem(ReasonCode.INJECTION_DETECTED, "no frame shows sensor noise, as in rendered frames: "
          + "the highest fine-grain share is " + Judgement.decimal(best) + " (frame " + bestFrame
          + "), needs at least " + Judgement.decimal(limits.minFineGrainShare()));
    }
    return best;
  }
}
