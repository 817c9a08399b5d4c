package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.occlusion}, which fails document photos with a finger or hand over the document; read its
 * {@link Detector#thresholds()} for what each level means. Thread-safe; the detector is stateless.
 */
public final class OcclusionDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public OcclusionDetectorProvider() {}

  @Override
  public String id() {
    return OcclusionDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new OcclusionDetector();
  }
}
