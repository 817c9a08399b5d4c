package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.blur}, which fails blurred document photos (variance of the Laplacian); read its
 * {@link Detector#thresholds()} for what each level means. Thread-safe; the detector is stateless.
 */
public final class BlurDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public BlurDetectorProvider() {}

  @Override
  public String id() {
    return BlurDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new BlurDetector();
  }
}
