package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;
import org.kyc4j.testing.TestImages;

/** Runs the detector conformance suite on {@code document.occlusion}; the engine decodes the photos onto the board. */
class OcclusionDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new OcclusionDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        ContractRequests.photo("occlusion-sharp", ContractRequests.card(800, 500)),
        ContractRequests.photo("occlusion-noise", TestImages.noise(640, 400, 11)),
        ContractRequests.photo("occlusion-smooth", TestImages.gradient(640, 400)));
  }
}
