package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the face match detector ({@code face.match}, stage MATCH, level FACE_MATCH): similarity
 * of the two descriptors against {@link FaceMatchPolicy#THRESHOLDS}. Discovered through {@link
 * java.util.ServiceLoader}; thread-safe.
 */
public final class FaceMatchProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public FaceMatchProvider() {}

  @Override
  public String id() {
    return "face.match";
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return FaceMatchDetector.selfieAgainstPortrait();
  }
}
