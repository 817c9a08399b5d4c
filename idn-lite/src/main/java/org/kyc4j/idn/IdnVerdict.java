package org.kyc4j.idn;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.api.Stage;

/**
 * Turns the network's hits into the detector's finding: REVIEW with the reason of the gravest group
 * found (fake ID, then duplicated ID, then batch registration, then the IDN threshold), else PASS.
 * The score is the best face similarity of a same-face hit. Stateless.
 */
final class IdnVerdict {
  private static final List<RiskType.Group> GRAVITY = List.of(RiskType.Group.FAKE_ID, RiskType.Group.DUPLICATED_ID,
      RiskType.Group.BATCH_REGISTRATION, RiskType.Group.THRESHOLD);
  private static final Set<RiskType> SAME_FACE = EnumSet.of(RiskType.SAME_FACE_DIFFERENT_ID_NUMBER,
      RiskType.SAME_FACE_DIFFERENT_PERSON, RiskType.SAME_FACE_DIFFERENT_ID_TYPE, RiskType.SAME_FACE_DIFFERENT_USER_ID);

  private static final int NAMED = 10;

  private IdnVerdict() {}

  /** Returns the finding; {@code evidence} gets one entry per hit ({@code hit.1}, ...). */
  static Finding finding(List<RiskHit> hits, Map<String, String> evidence, double faceThreshold) {
    double score = Double.NaN;
    for (int i = 0; i < hits.size(); i++) {
      RiskHit hit = hits.get(i);
      evidence.put("hit." + (i + 1), describe(hit));
      if (SAME_FACE.contains(hit.type()) && (Double.isNaN(score) || hit.score() > score)) {
        score = hit.score();
      }
    }
    for (RiskType.Group group : GRAVITY) {
      StringJoiner found = new StringJoiner("; ");
      hits.stream().filter(hit -> hit.type().group() == group).forEach(hit -> found.add(describe(hit)));
      if (found.length() > 0) {
        ReasonCode code = group.reasonCode();
        return Finding.of(IdnVerdict.id(), Stage.RISK, Outcome.REVIEW, code, code.description() + ": " + found,
            score, faceThreshold, evidence);
      }
    }
    return Finding.pass(id(), Stage.RISK, score, faceThreshold, evidence);
  }

  private static String id() {
    return IdnDetector.ID;
  }

  /** Describes a hit, naming at most {@value #NAMED} transactions (the hit itself names them all). */
  private static String describe(RiskHit hit) {
    String score = Double.isNaN(hit.score()) ? "" : String.format(Locale.ROOT, ", score %.3f", hit.score());
    List<String> ids = hit.transactionIds();
    String named = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())))
        + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "");
    return hit.type() + " (" + named + score + "): " + hit.detail();
  }
}
