package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.mrz}: ICAO 9303 validation of the claimed MRZ lines, their agreement
 * with the other claimed fields, and expiry. Thread-safe; the detector is stateless.
 */
public final class MrzDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public MrzDetectorProvider() {}

  @Override
  public String id() {
    return MrzDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new MrzDetector();
  }
}
