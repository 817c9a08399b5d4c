package org.kyc4j.liveness.face;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Compares the selfie's descriptor with the document portrait's (REAL_ID). Passes when the similarity
 * reaches the level's threshold of {@link FaceMatchPolicy#THRESHOLDS}; otherwise FACE_MISMATCH with the score and the threshold,
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
    return EnumSet.of(Product.REAL_ID);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    return FaceFindings.match(ID, Stage.MATCH, context.get(Keys.SELFIE_EMBEDDING), context.get(Keys.PORTRAIT_EMBEDDING),
        context.level(), Outcome.FAIL, "the selfie does not match the document portrait", Map.of());
  }

  @Override
  public String toString() {
    return "FaceMatchDetector[" + ID + "]";
  }
}
