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
 * Compares a probe descriptor with a reference descriptor in the MATCH stage: the selfie's with the
 * document portrait's ({@code face.match}, REAL_ID) or compare image A's with B's ({@code face.compare},
 * FACE_COMPARE). Passes when the similarity reaches the level's threshold of
 * {@link FaceMatchPolicy#THRESHOLDS}; otherwise FACE_MISMATCH with the score and the threshold, which
 * the decision policy turns into PENDING. Immutable and thread-safe.
 */
final class FaceMatchDetector implements Detector {
  /** The id of the selfie against portrait match. */
  static final String ID = "face.match";
  /** The id of Face Compare's match. */
  static final String COMPARE_ID = "face.compare";

  private final String id;
  private final Key<FaceEmbedding> probe;
  private final Key<FaceEmbedding> reference;
  private final Product product;
  private final String mismatch;

  private FaceMatchDetector(String id, Key<FaceEmbedding> probe, Key<FaceEmbedding> reference, Product product,
      String mismatch) {
    this.id = id;
    this.probe = probe;
    this.reference = reference;
    this.product = product;
    this.mismatch = mismatch;
  }

  /** The selfie against the document portrait. */
  static FaceMatchDetector selfieAgainstPortrait() {
    return new FaceMatchDetector(ID, Keys.SELFIE_EMBEDDING, Keys.PORTRAIT_EMBEDDING, Product.REAL_ID,
        "the selfie does not match the document portrait");
  }

  /** Compare image A against compare image B. */
  static FaceMatchDetector compareImages() {
    return new FaceMatchDetector(COMPARE_ID, Keys.COMPARE_A_EMBEDDING, Keys.COMPARE_B_EMBEDDING, Product.FACE_COMPARE,
        "the two faces do not match");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Stage stage() {
    return Stage.MATCH;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(probe, reference);
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
    return EnumSet.of(product);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    FaceEmbedding a = context.get(probe);
    Level level = context.level();
    double similarity = FaceMatchPolicy.similarity(a, context.get(reference));
    double threshold = FaceMatchPolicy.THRESHOLDS.at(level);
    Map<String, String> evidence = Map.of("similarity", FaceMatchPolicy.format(similarity),
        "threshold", FaceMatchPolicy.format(threshold), "level", level.name(), "model", a.model());
    if (FaceMatchPolicy.THRESHOLDS.passes(similarity, level)) {
      return Finding.pass(id, Stage.MATCH, similarity, threshold, evidence);
    }
    return Finding.of(id, Stage.MATCH, Outcome.FAIL, ReasonCode.FACE_MISMATCH, mismatch + ": similarity "
        + FaceMatchPolicy.format(similarity) + " is below the " + level + " threshold "
        + FaceMatchPolicy.format(threshold), similarity, threshold, evidence);
  }

  @Override
  public String toString() {
    return "FaceMatchDetector[" + id + "]";
  }
}
