package org.kyc4j.testing;

import java.util.List;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;

/** Runs the conformance suite on a well-behaved sample detector with one upstream detector. */
class SampleDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new SampleDetectors.DarkFaceProvider();
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(new SampleDetectors.BrightnessProvider());
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        SampleDetectors.faceCapture("bright", TestImages.gradient(24, 24)),
        SampleDetectors.faceCapture("dark", SampleDetectors.dimmed(24, 11, 0.2)),
        SampleDetectors.faceCapture("noise", TestImages.noise(24, 24, 5)));
  }
}
