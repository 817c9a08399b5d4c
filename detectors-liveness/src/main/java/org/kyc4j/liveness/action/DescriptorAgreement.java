package org.kyc4j.liveness.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.liveness.face.FaceMatchPolicy;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.spi.ThresholdTable;

/**
 * The same person throughout, by descriptor: every two frames of {@link Keys#SELFIE_FACES} that carry a
 * descriptor (the face detector describes the first, the best, the last and the most moved usable frame) must reach
 * {@link #THRESHOLDS}' cosine similarity at the level, else the capture shows two people. The limits sit
 * far under the similarities of one person's frames of one session and well under the face match's
 * thresholds, so they catch a swap of person, not a look-alike (README, "Action liveness"). Stateless.
 */
final class DescriptorAgreement {
  /** Least cosine similarity of any two described frames, per level. */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of(
      "cosine similarity of dlib's plain descriptors of the first, best, last and most moved usable selfie frames",
      ThresholdTable.PassWhen.AT_LEAST, 0.85, 0.90, 0.92);

  private DescriptorAgreement() {}

  /** Returns why the described frames show different people, or empty when they agree (or fewer than two). */
  static Optional<String> firstDisagreement(SelfieFaces faces, Level level) {
    List<Integer> described = new ArrayList<>();
    for (int i = 0; i < faces.frames().size(); i++) {
      if (faces.frames().get(i).embedding().isPresent()) {
        described.add(i);
      }
    }
    double limit = THRESHOLDS.at(level);
    for (int a = 0; a < described.size(); a++) {
      for (int b = a + 1; b < described.size(); b++) {
        double similarity = similarity(faces.frames().get(described.get(a)), faces.frames().get(described.get(b)));
        if (!THRESHOLDS.passes(similarity, level)) {
          return Optional.of(String.format(Locale.ROOT, "frames %d and %d show different faces: descriptor"
              + " similarity %.3f, at least %.2f needed at %s", described.get(a), described.get(b), similarity, limit,
              level));
        }
      }
    }
    return Optional.empty();
  }

  /** Pairwise similarities of the described frames, for evidence: {@code "0-4 0.981, ..."}; empty when none. */
  static String describe(SelfieFaces faces) {
    List<String> parts = new ArrayList<>();
    for (int a = 0; a < faces.frames().size(); a++) {
      for (int b = a + 1; b < faces.frames().size(); b++) {
        if (faces.frames().get(a).embedding().isPresent() && faces.frames().get(b).embedding().isPresent()) {
          parts.add(String.format(Locale.ROOT, "%d-%d %.3f", a, b,
              similarity(faces.frames().get(a), faces.frames().get(b))));
        }
      }
    }
    return String.join(", ", parts);
  }

  private static double similarity(FrameFaces a, FrameFaces b) {
    FaceEmbedding x = a.embedding().orElseThrow();
    FaceEmbedding y = b.embedding().orElseThrow();
    return FaceMatchPolicy.similarity(x, y);
  }
}
