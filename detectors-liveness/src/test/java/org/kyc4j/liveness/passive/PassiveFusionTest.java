package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.junit.jupiter.api.Test;

/**
 * The fused finding with and without a viewpoint change, on selfie pairs (dev): a real session's normal and
 * zoomed photos pass through the two-frame model with a parallax residual in the evidence; a spoof session
 * whose normal photo alone looks live (texture 0.98) fails as a pair; the same photo twice reports parallax
 * as not applicable and uses the one-frame model. The shipped fusion resource names its provenance.
 */
class PassiveFusionTest {
  private static final String REAL = "real/test1/";
  private static final String SPOOF = "spoof/test1/";

  @Test
  void aRealPairPassesWithParallaxEvidence() {
    try (Kyc4j engine = engine()) {
      Finding f = passive(engine, pair(REAL + "normal.jpg", REAL + "zoomed.jpg"));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
      assertThat(f.evidence()).containsKeys("parallax_residual", "parallax_scale_change", "texture_p_real", "moire",
          "frame_moire", "saturation", "fused");
      assertThat(f.evidence().get("model")).startsWith("two-frame");
      assertThat(f.score()).isEqualTo(Double.parseDouble(f.evidence().get("fused")), org.assertj.core.api.Assertions
          .within(1e-4));
    }
  }

  @Test
  void aSpoofPairFailsAndOnePhotoTwiceHasNoParallax() {
    try (Kyc4j engine = engine()) {
      Finding pair = passive(engine, pair(SPOOF + "normal.jpg", SPOOF + "zoomed.jpg"));
      assertThat(pair.outcome()).as(pair.toString()).isEqualTo(Outcome.FAIL);
      assertThat(pair.reason().code()).isEqualTo(ReasonCode.SPOOF_DETECTED);
      assertThat(pair.evidence()).containsKey("parallax_residual");
      Finding same = passive(engine, pair(SPOOF + "normal.jpg", SPOOF + "normal.jpg"));
      assertThat(same.evidence().get("parallax")).startsWith("not applicable");
      assertThat(same.evidence()).doesNotContainKey("parallax_residual");
      assertThat(same.evidence().get("model")).startsWith("one-frame");
    }
  }

  @Test
  void theShippedFusionIsVersionedAndRejectsUnknownCues() {
    FusionModel shipped = FusionModel.shipped();
    assertThat(shipped.version()).isNotEqualTo("?");
    assertThat(FusionModel.CUES).containsAll(shipped.features());
    assertThatThrownBy(() -> new FusionModel(List.of("colour"), new double[2], new double[3], "x"))
        .hasMessageContaining("colour");
    double low = shipped.twoFrameLogit(1, 0.005);
    assertThat(shipped.twoFrameLogit(1, 0.05)).as("a larger residual means more live").isGreaterThan(low);
  }

  private static org.kyc4j.api.VerificationRequest pair(String first, String second) {
    return PassiveRequests.capture("pair", Level.STANDARD, List.of(PassiveRequests.selfie(first),
        PassiveRequests.selfie(second)));
  }

  private static Kyc4j engine() {
    Kyc4j.Builder builder = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider())
        .addProvider(new PassiveLivenessProvider());
    PassiveRequests.modelProperty().forEach(builder::property);
    return builder.build();
  }

  private static Finding passive(Kyc4j engine, org.kyc4j.api.VerificationRequest request) {
    return engine.verify(request).findings().stream().filter(f -> f.detectorId().equals(PassiveLivenessDetector.ID))
        .findFirst().orElseThrow();
  }
}
