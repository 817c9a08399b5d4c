package org.kyc4j.document;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.document.internal.TessData;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.mrz}: ICAO 9303 validation of the claimed MRZ lines or, when none are
 * claimed, of the zone read from the document images with Tesseract 5 (its {@code eng} data packed
 * in this jar, unpacked to a temporary directory; nothing is downloaded), their agreement with the
 * other claimed fields, and expiry. Thread-safe; each detector owns a pool of Tesseract handles.
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
    try {
      Optional<Path> data = TessData.unpack();
      return data.map(path -> new MrzDetector(new MrzImageReader(path), "-"))
          .orElseGet(() -> new MrzDetector(null, "the jar holds no " + "eng.traineddata.gz (build it with "
              + "tools/models/fetch-models.sh and tools/models/ocr-models.lock)"));
    } catch (UncheckedIOException e) {
      return new MrzDetector(null, e.getMessage() + ": " + e.getCause().getMessage());
    }
  }
}
