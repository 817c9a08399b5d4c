package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceSelfieProvider;

/**
 * liveness.actions in a real engine after face.selfie, on a real YawDD frame repeated (a still face,
 * as a replayed photo would be): no asked action is seen, no action asked passes, and the closed-eye
 * frames artefact is empty for open eyes.
 */
class ActionEngineTest {
  private static Kyc4j engine;

  @BeforeAll
  static void build() {
    engine = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider()).addProvider(new ActionProvider())
        .build();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aStillFaceShowsNoMouthOpen() {
    byte[] rest = ActionDetectorContractTest.restFrame();
    Decision decision = engine.verify(ActionDetectorContractTest.capture("still", "actions=MOUTHOPEN,closedEyeCapture=true",
        rest, rest, rest));
    Finding finding = finding(decision);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.ACTION_FAILED);
    assertThat(finding.reason().message()).isEqualTo("MOUTHOPEN was not seen");
    assertThat(finding.evidence()).containsEntry("usableFrames", "3").containsEntry("closedEyeFrames", "none");
  }

  @Test
  void noActionAskedPasses() {
    byte[] rest = ActionDetectorContractTest.restFrame();
    Finding finding = finding(engine.verify(ActionDetectorContractTest.capture("none", "actions=NONE", rest, rest)));
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
  }

  private static Finding finding(Decision decision) {
    return decision.findings().stream().filter(f -> f.detectorId().equals(ActionDetector.ID)).findFirst().orElseThrow();
  }
}
