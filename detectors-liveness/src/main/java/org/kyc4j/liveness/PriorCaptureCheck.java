package org.kyc4j.liveness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.ReasonCode;

/**
 * Flags frames that an earlier request already carried: a capture replayed into a later request,
 * for example to answer a fresh liveness challenge with an old recording. Looks each frame's pixel
 * hash up in the engine's {@link SeenFrames}, then remembers the frames. Stateless.
 */
final class PriorCaptureCheck {
  private PriorCaptureCheck() {}

  /** Judges the frames of a capture against the frames seen before, recording evidence and problems. */
  static void judge(FrameScan scan, String transactionId, SeenFrames seen, Judgement judgement) {
    List<Long> hashes = scan.signatures().stream().map(FrameSignature::pixelHash).toList();
    Map<Integer, SeenFrames.Sighting> earlier = seen.admit(transactionId, hashes);
    if (earlier.isEmpty()) {
      judgement.evidence("replay.earlier", "none of " + hashes.size() + " frames was seen in the last "
          + seen.window() + " (" + seen.capacity() + " frames remembered at most)");
      return;
    }
    List<String> parts = new ArrayList<>();
    earlier.forEach((frame, s) -> parts.add("frame " + frame + " = frame " + s.frame() + " of transaction '"
        + s.transactionId() + "' at " + s.at()));
    judgement.evidence("replay.earlier", String.join("; ", parts));
    judgement.problem(ReasonCode.INJECTION_DETECTED, earlier.size() + " of " + hashes.size()
        + " frames repeat the pixels of an earlier capture (" + parts.get(0) + ")");
  }
}
