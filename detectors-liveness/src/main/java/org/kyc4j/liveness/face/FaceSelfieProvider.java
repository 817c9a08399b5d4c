package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the selfie face detector ({@code face.selfie}, stage FACE): faces, landmarks and the
 * descriptor of every selfie frame. It reads faces with the engine's shared {@link
 * FaceRecognizer#SERVICE}, which loads the face models once per engine (about a second) and frees
 * them when the engine closes. Discovered through {@link java.util.ServiceLoader}; thread-safe.
 */
public final class FaceSelfieProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public FaceSelfieProvider() {}

  @Override
  public String id() {
    return "face.selfie";
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new SelfieFaceDetector(settings.service(FaceRecognizer.SERVICE));
  }
}
