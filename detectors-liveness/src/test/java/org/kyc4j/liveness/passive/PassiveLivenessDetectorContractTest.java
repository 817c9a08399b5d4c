package org.kyc4j.liveness.passive;

import java.util.List;
import java.util.Map;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on passive liveness (liveness.passive), with the selfie
 * face detector upstream and the MiniFASNet folder from {@code DataSets.requireModel("minifasnet")}
 * (skipped without it): NUAA real and print frames at several levels, and a capture without a face.
 */
class PassiveLivenessDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new PassiveLivenessProvider();
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(new FaceSelfieProvider());
  }

  @Override
  protected Map<String, String> properties() {
    return PassiveRequests.modelProperty();
  }

  @Override
  protected List<VerificationRequest> requests() {
    PassiveRequests.modelProperty(); // skips the suite before the engine is built when the models are absent
    return PassiveRequests.contractSet();
  }
}
