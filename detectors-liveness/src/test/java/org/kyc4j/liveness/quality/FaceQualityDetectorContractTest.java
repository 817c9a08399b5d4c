package org.kyc4j.liveness.quality;

import java.util.List;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;
import org.kyc4j.testing.TestImages;

/**
 * Runs the engine's detector conformance suite on {@code face.quality} with {@code face.selfie} upstream: NUAA
 * real and print frames at several levels, a constructed darkened real frame, and frames without a face.
 * Skipped without the NUAA set.
 */
class FaceQualityDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new FaceQualityProvider();
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(new FaceSelfieProvider());
  }

  @Override
  protected List<VerificationRequest> requests() {
    byte[] real = QualityRequests.nuaa(QualityRequests.REAL);
    byte[] print = QualityRequests.nuaa(QualityRequests.PRINT);
    byte[] gradient = TestImages.jpeg(TestImages.gradient(320, 240));
    return List.of(
        QualityRequests.capture("real", Level.STANDARD, List.of(real, real)),
        QualityRequests.capture("real-strict", Level.STRICT, List.of(real)),
        QualityRequests.capture("print-loose", Level.LOOSE, List.of(print)),
        QualityRequests.capture("dark", Level.STANDARD, List.of(QualityRequests.darkened(real, 0.08))),
        QualityRequests.capture("no-face", Level.STANDARD, List.of(gradient, gradient)));
  }
}
