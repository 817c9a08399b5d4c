package org.kyc4j.spi;

import java.util.List;
import java.util.Objects;

/**
 * The faces of every selfie frame, in frame order, which frame was described for matching, and which
 * descriptor model described it: the board value of {@link Keys#SELFIE_FACES}, for liveness, quality
 * and risk detectors of any module. Immutable.
 *
 * @param frames one reading per frame, in request order
 * @param bestFrame the index of the frame whose face was described
 * @param descriptorModel the id of the descriptor model of {@link Keys#SELFIE_EMBEDDING}, for example
 *     {@code dlib-resnet-128-mirror}
 * @param descriptorDimension the number of values of that descriptor, positive
 */
public record SelfieFaces(List<FrameFaces> frames, int bestFrame, String descriptorModel, int descriptorDimension) {
  /** Copies the list and checks the index, the model id and the dimension. */
  public SelfieFaces {
    frames = List.copyOf(frames);
    if (bestFrame < 0 || bestFrame >= frames.size()) {
      throw new IllegalArgumentException("best frame " + bestFrame + " is not one of the " + frames.size() + " frames");
    }
    if (Objects.requireNonNull(descriptorModel, "descriptorModel").isBlank() || descriptorDimension <= 0) {
      throw new IllegalArgumentException("descriptor model '" + descriptorModel + "' of dimension "
          + descriptorDimension + "; allowed: a named model and a positive dimension");
    }
  }

  /** Returns the reading of the best frame. */
  public FrameFaces best() {
    return frames.get(bestFrame);
  }
}
