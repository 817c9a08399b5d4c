package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.anti-spoof}, which fails screen recaptures and printed copies of a document
 * and sends JPEG photos with a pasted region to review; read its {@link Detector#thresholds()} for what each level means. Thread-safe;
 * the detector is stateless.
 */
public final class DocumentSpoofDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public DocumentSpoofDetectorProvider() {}

  @Override
  public String id() {
    return DocumentSpoofDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new DocumentSpoofDetector();
  }
}
