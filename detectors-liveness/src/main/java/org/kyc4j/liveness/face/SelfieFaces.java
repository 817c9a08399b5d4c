package org.kyc4j.liveness.face;

import java.util.List;

/**
 * The faces of every selfie frame, in frame order, and which frame was described for matching:
 * the board value of {@link FaceKeys#SELFIE_FACES}. Each reading carries its frame's verdict,
 * subject box, 468 landmarks and eye, mouth and head-pose geometry. Immutable.
 *
 * @param frames one reading per frame, in request order
 * @param bestFrame the index of the frame whose face was described
 */
public record SelfieFaces(List<FaceReading> frames, int bestFrame) {
  /** Copies the list and checks the index. */
  public SelfieFaces {
    frames = List.copyOf(frames);
    if (bestFrame < 0 || bestFrame >= frames.size()) {
      throw new IllegalArgumentException("best frame " + bestFrame + " is not one of the " + frames.size() + " frames");
    }
  }
}
