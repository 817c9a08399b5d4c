package org.kyc4j.liveness.face;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on the reader of compare image B
 * (face.compare-b) with the requests of {@link FaceRequests#contractSet()}: with the dev data,
 * real faces and faceless images on both sides; without it, the faceless synthetic requests.
 */
class FaceCompareReaderBContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new FaceCompareReaderProvider.B();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return FaceRequests.contractSet();
  }
}
