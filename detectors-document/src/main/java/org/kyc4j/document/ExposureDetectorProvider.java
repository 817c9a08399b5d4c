package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.exposure}, which fails document photos that are too dark or too bright
 * (tonal headroom); read its {@link Detector#thresholds()} for what each level means. Thread-safe;
 * the detector is stateless.
 */
public final class ExposureDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public ExposureDetectorProvider() {}

  @Override
  public String id() {
    return ExposureDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new ExposureDetector();
  }
}
