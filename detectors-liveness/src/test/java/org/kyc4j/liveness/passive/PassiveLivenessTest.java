package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.junit.jupiter.api.Test;

/**
 * Passive liveness on real frames: a clear NUAA real frame passes and a clear print attack fails at
 * STANDARD with SPOOF_DETECTED and per-model evidence; without the model property, or with a folder
 * lacking the weights, the finding is NOT_SUPPORTED naming the property, never a pass.
 */
class PassiveLivenessTest {
  @Test
  void aRealNuaaFramePassesAndAPrintFailsAtStandard() {
    Map<String, String> property = PassiveRequests.modelProperty();
    byte[] real = PassiveRequests.nuaa(PassiveRequests.REAL);
    byte[] print = PassiveRequests.nuaa(PassiveRequests.PRINT);
    try (Kyc4j engine = engine(property)) {
      Finding live = passive(engine, PassiveRequests.capture("real", Level.STANDARD, List.of(real)));
      assertThat(live.outcome()).as(live.toString()).isEqualTo(Outcome.PASS);
      assertThat(live.evidence()).containsKeys("texture_p_real", "minifasnet_v2", "minifasnet_v1se", "moire", "halftone", "fused",
          "threshold");
      Finding spoof = passive(engine, PassiveRequests.capture("print", Level.STANDARD, List.of(print)));
      assertThat(spoof.outcome()).as(spoof.toString()).isEqualTo(Outcome.FAIL);
      assertThat(spoof.reason().code()).isEqualTo(ReasonCode.SPOOF_DETECTED);
      assertThat(spoof.score()).isLessThan(PassiveLivenessPolicy.THRESHOLDS.at(Level.STANDARD));
    }
  }

  @Test
  void withoutThePropertyTheFindingIsNotSupported() {
    byte[] real = PassiveRequests.nuaa(PassiveRequests.REAL);
    try (Kyc4j engine = engine(Map.of())) {
      Finding finding = passive(engine, PassiveRequests.capture("real", Level.STANDARD, List.of(real)));
      assertThat(finding.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
      assertThat(finding.reason().message()).contains(PassiveLivenessPolicy.DIR_PROPERTY);
    }
  }

  @Test
  void aFolderWithoutTheWeightsIsNotSupported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
    byte[] real = PassiveRequests.nuaa(PassiveRequests.REAL);
    try (Kyc4j engine = engine(Map.of(PassiveLivenessPolicy.DIR_PROPERTY, empty.toString()))) {
      Finding finding = passive(engine, PassiveRequests.capture("real", Level.STANDARD, List.of(real)));
      assertThat(finding.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
      assertThat(finding.reason().message()).contains(PassiveLivenessPolicy.DIR_PROPERTY, "MiniFASNetV2");
    }
  }

  private static Kyc4j engine(Map<String, String> properties) {
    Kyc4j.Builder builder = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider())
        .addProvider(new PassiveLivenessProvider());
    properties.forEach(builder::property);
    return builder.build();
  }

  private static Finding passive(Kyc4j engine, VerificationRequest request) {
    return engine.verify(request).findings().stream().filter(f -> f.detectorId().equals(PassiveLivenessDetector.ID))
        .findFirst().orElseThrow();
  }
}
