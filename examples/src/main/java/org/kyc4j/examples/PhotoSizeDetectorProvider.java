package org.kyc4j.examples;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code example.photo-size}, which fails document photos too small to check; found by
 * ServiceLoader through {@code module-info.java} and META-INF/services. Thread-safe; the detector is
 * stateless, so one instance serves the whole engine.
 */
public final class PhotoSizeDetectorProvider implements DetectorProvider {
  /** Creates the provider; ServiceLoader calls this. */
  public PhotoSizeDetectorProvider() {}

  @Override
  public String id() {
    return PhotoSizeDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new PhotoSizeDetector();
  }
}
