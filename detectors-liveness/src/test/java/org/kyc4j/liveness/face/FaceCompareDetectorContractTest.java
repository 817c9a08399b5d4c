package org.kyc4j.liveness.face;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on the Face Compare match (face.compare), with the
 * readers of both images upstream and the requests of {@link FaceRequests#contractSet()}: real LFW
 * faces passing and failing for REAL_ID, FACE_CAPTURE and FACE_COMPARE, so the eight-thread replay runs the models on real faces; without the dev data,
 * the suite is skipped, since no synthetic image gives a face embedding.
 */
class FaceCompareDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    // face.compare passes only on two face embeddings, which synthetic images cannot give: skip without data.
    // (Assumed here, before the suite builds its engine, so that every test of the suite skips.)
    LfwFaces.assumeAvailable();
    return new FaceCompareProvider();
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(new FaceCompareReaderProvider.A(), new FaceCompareReaderProvider.B());
  }

  @Override
  protected List<VerificationRequest> requests() {
    return FaceRequests.contractSet();
  }
}
