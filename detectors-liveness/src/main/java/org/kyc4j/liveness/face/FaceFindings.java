package org.kyc4j.liveness.face;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.FaceBox;
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

  /** FACE_TOO_SMALL when some image had only small faces, NO_FACE otherwise. */
  static Finding noUsableFace(String id, Stage stage, List<FaceReading> readings, String where,
      Map<String, String> evidence) {
    boolean small = readings.stream().anyMatch(r -> r.verdict() == FaceVerdict.TOO_SMALL);
    return small
        ? fail(id, stage, ReasonCode.FACE_TOO_SMALL, "the face in " + where + " is too small: at least "
            + (int) SubjectChoice.DEFAULT_MIN_SIDE + " pixels a side are needed", evidence)
        : fail(id, stage, ReasonCode.NO_FACE, "no face was found in " + where, evidence);
  }

  /** A face box and score for evidence. */
  static String describe(FaceBox face) {
    return String.format(Locale.ROOT, "x=%.0f y=%.0f w=%.0f h=%.0f score=%.3f", face.x(), face.y(), face.width(),
        face.height(), face.score());
  }
}
