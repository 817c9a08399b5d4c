package org.kyc4j.liveness.face;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on the portrait detector (face.portrait), with the requests of
 * {@link FaceRequests#contractSet()}: real LFW faces passing and failing for REAL_ID, FACE_CAPTURE and
 * FACE_COMPARE, so the eight-thread replay runs the models on real faces; without the dev data,
 * synthetic images only.
 */
class FacePortraitDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new FacePortraitProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return FaceRequests.contractSet();
  }
}
