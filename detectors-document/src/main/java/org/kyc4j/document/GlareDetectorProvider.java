package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.glare}, which fails document photos with specular glare (saturated
 * highlight blobs); read its {@link Detector#thresholds()} for what each level means. Thread-safe;
 * the detector is stateless.
 */
public final class GlareDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public GlareDetectorProvider() {}

  @Override
  public String id() {
    return GlareDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new GlareDetector();
  }
}
