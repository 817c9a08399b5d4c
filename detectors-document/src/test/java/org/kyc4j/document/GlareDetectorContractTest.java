package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/** Runs the detector conformance suite on {@code document.glare}; the engine decodes the photos onto the board. */
class GlareDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new GlareDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        ContractRequests.photo("glare-none", ContractRequests.card(800, 500)),
        ContractRequests.photo("glare-spot", ContractRequests.withGlare(ContractRequests.card(800, 500), 60f)));
  }
}
