package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/** Runs the detector conformance suite on {@code document.anti-spoof}; the engine decodes the photos onto the board. */
class DocumentSpoofDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new DocumentSpoofDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        ContractRequests.photo("spoof-card", ContractRequests.card(800, 500)),
        ContractRequests.photo("spoof-glare", ContractRequests.withGlare(ContractRequests.card(800, 500), 60f)));
  }
}
