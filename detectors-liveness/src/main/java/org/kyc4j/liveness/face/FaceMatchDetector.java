package org.kyc4j.liveness.face;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Compares the selfie's descriptor with the document portrait's (REAL_ID) or the first image's with
 * the second's (FACE_COMPARE). Passes when the similarity reaches the level's threshold of
 * {@link FaceMatchPolicy#THRESHOLDS}; otherwise FACE_MISMATCH with the score and the threshold,
 * which the decision policy turns into PENDING. Stateless and thread-safe.
 */
final class FaceMatchDetector implements Detector {
  /** The detector's id. */
  static final String ID = "face.match";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.MATCH;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SELFIE_EMBEDDING, Keys.PORTRAIT_EMBEDDING);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of();
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.FACE_MATCH;
  }

  @Override
  public ThresholdTable thresholds() {
    return FaceMatchPolicy.THRESHOLDS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_COMPARE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    FaceEmbedding selfie = context.get(Keys.SELFIE_EMBEDDING);
    FaceEmbedding portrait = context.get(Keys.PORTRAIT_EMBEDDING);
    Level level = context.level();
    double similarity = FaceMatchPolicy.similarity(selfie, portrait);
    double threshold = FaceMatchPolicy.THRESHOLDS.at(level);
    Map<String, String> evidence = Map.of("similarity", FaceMatchPolicy.format(similarity),
        "threshold", FaceMatchPolicy.format(threshold), "level", level.name(), "model", selfie.model());
    if (FaceMatchPolicy.THRESHOLDS.passes(similarity, level)) {
      return Finding.pass(ID, Stage.MATCH, similarity, threshold, evidence);
    }
    String what = context.request().product() == Product.FACE_COMPARE
        ? "the two faces do not match" : "the selfie does not match the document portrait";
    return Finding.of(ID, Stage.MATCH, Outcome.FAIL, ReasonCode.FACE_MISMATCH, what + ": similarity "
        + FaceMatchPolicy.format(similarity) + " is below the " + level + " threshold "
        + FaceMatchPolicy.format(threshold), similarity, threshold, evidence);
  }

  @Override
  public String toString() {
    return "FaceMatchDetector[" + ID + "]";
  }
}
