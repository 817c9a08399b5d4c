package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the portrait detector ({@code face.portrait}, stage MATCH, level FACE_MATCH): the
 * descriptor of the document portrait or of FACE_COMPARE's second image. It reads faces with the
 * engine's shared {@link FaceRecognizer#SERVICE}, which loads the face models once per engine
 * (about a second) and frees them when the engine closes. Discovered through {@link
 * java.util.ServiceLoader}; thread-safe.
 */
public final class FacePortraitProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public FacePortraitProvider() {}

  @Override
  public String id() {
    return "face.portrait";
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new PortraitFaceDetector(settings.service(FaceRecognizer.SERVICE));
  }
}
