package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.locate}, which finds and rectifies the document on every page and fails
 * photos without one (DOC_NOT_FOUND) or with one running off the photo (DOC_CUT_OFF); its gates
 * per level are in {@link DocumentLocateThresholds}. Thread-safe; the detector is stateless.
 */
public final class DocumentLocateDetectorProvider implements DetectorProvider {
  /** Creates the provider; used by {@link java.util.ServiceLoader}. */
  public DocumentLocateDetectorProvider() {}

  @Override
  public String id() {
    return DocumentLocateDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new DocumentLocateDetector();
  }
}
