package org.kyc4j.core;

import org.kyc4j.api.Finding;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;

/** A provider declared in this module's test META-INF/services, found by discovery. */
public final class DiscoveredProvider implements DetectorProvider {
  static final String ID = "test.discovered";

  /** Creates the provider; ServiceLoader calls this. */
  public DiscoveredProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    return new Detector() {
      @Override
      public String id() {
        return ID;
      }

      @Override
      public Stage stage() {
        return Stage.DOCUMENT;
      }

      @Override
      public java.util.Set<Key<?>> requires() {
        return java.util.Set.of();
      }

      @Override
      public java.util.Set<Key<?>> provides() {
        return java.util.Set.of();
      }

      @Override
      public Finding detect(DetectionContext context) {
        return Finding.pass(ID, Stage.DOCUMENT);
      }
    };
  }
}
