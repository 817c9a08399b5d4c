package org.kyc4j.liveness.quality;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides face quality ({@code face.quality}, stage FACE, check LIVENESS: the {@code liveness} level sets its
 * thresholds and {@code liveness=CLOSED} skips it): size, pose, exposure, sharpness, occlusion, border and
 * background of the best selfie face, thresholds in {@link FaceQualityPolicy}. Pure Java, no model of its own.
 * Discovered through {@link java.util.ServiceLoader}; thread-safe.
 */
public final class FaceQualityProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public FaceQualityProvider() {}

  @Override
  public String id() {
    return FaceQualityDetector.ID;
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new FaceQualityDetector();
  }
}
