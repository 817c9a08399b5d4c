package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/** Runs the detector conformance suite on {@code document.exposure}; the engine decodes the photos onto the board. */
class ExposureDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new ExposureDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        ContractRequests.photo("exposure-good", ContractRequests.card(800, 500)),
        ContractRequests.photo("exposure-dark", ContractRequests.darkened(ContractRequests.card(800, 500), 0.25)));
  }
}
