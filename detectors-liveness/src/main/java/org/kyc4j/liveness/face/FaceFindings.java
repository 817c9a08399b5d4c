package org.kyc4j.liveness.face;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceVerdict;

/** Findings and evidence shared by the face detectors. Stateless. */
final class FaceFindings {
  private FaceFindings() {}

  /** Whether a reading has a subject that can be described: one face, or several (the largest counts). */
  static boolean usable(FaceReading reading) {
    return reading.verdict() == FaceVerdict.ONE || reading.verdict() == FaceVerdict.MULTIPLE;
  }

  /** A failing finding with evidence. */
  static Finding fail(String id, Stage stage, ReasonCode code, String message, Map<String, String> evidence) {
    return Finding.of(id, stage, Outcome.FAIL, code, message, Double.NaN, Double.NaN, evidence);
  }

  /** FAIL with FACE_TOO_SMALL when some image had only small faces, NO_FACE otherwise. */
  static Finding noUsableFace(String id, Stage stage, List<FaceReading> readings, String where,
      Map<String, String> evidence) {
    return noUsableFace(id, stage, Outcome.FAIL, readings, where, evidence);
  }

  /** FACE_TOO_SMALL when some image had only small faces, NO_FACE otherwise, with the given outcome. */
  static Finding noUsableFace(String id, Stage stage, Outcome outcome, List<FaceReading> readings, String where,
      Map<String, String> evidence) {
    boolean small = readings.stream().anyMatch(r -> r.verdict() == FaceVerdict.TOO_SMALL);
    return small
        ? Finding.of(id, stage, outcome, ReasonCode.FACE_TOO_SMALL, "the face in " + where + " is too small: at least "
            + (int) SubjectChoice.DEFAULT_MIN_SIDE + " pixels a side are needed", Double.NaN, Double.NaN, evidence)
        : Finding.of(id, stage, outcome, ReasonCode.NO_FACE, "no face was found in " + where, Double.NaN, Double.NaN,
            evidence);
  }

  /**
   * The face match finding: the cosine similarity of two descriptors against the level's threshold of
   * {@link FaceMatchPolicy#THRESHOLDS}; PASS when it reaches it, else {@code mismatch} (FAIL or REVIEW)
   * with FACE_MISMATCH, the score and the threshold. The evidence is {@code before} followed by the
   * similarity, threshold, level and model.
   */
  static Finding match(String id, Stage stage, FaceEmbedding probe, FaceEmbedding reference, Level level,
      Outcome mismatch, String what, Map<String, String> before) {
    double similarity = FaceMatchPolicy.similarity(probe, reference);
    double threshold = FaceMatchPolicy.THRESHOLDS.at(level);
    Map<String, String> evidence = new LinkedHashMap<>(before);
    evidence.put("similarity", FaceMatchPolicy.format(similarity));
    evidence.put("threshold", FaceMatchPolicy.format(threshold));
    evidence.put("level", level.name());
    evidence.put("model", probe.model());
    if (FaceMatchPolicy.THRESHOLDS.passes(similarity, level)) {
      return Finding.pass(id, stage, similarity, threshold, evidence);
    }
    return Finding.of(id, stage, mismatch, ReasonCode.FACE_MISMATCH, what + ": similarity "
        + FaceMatchPolicy.format(similarity) + " is below the " + level + " threshold "
        + FaceMatchPolicy.format(threshold), similarity, threshold, evidence);
  }

  /** A face box and score for evidence. */
  static String describe(FaceBox face) {
    return String.format(Locale.ROOT, "x=%.0f y=%.0f w=%.0f h=%.0f score=%.3f", face.x(), face.y(), face.width(),
        face.height(), face.score());
  }
}
