package org.kyc4j.document;

import org.kyc4j.testing.MapDetectionContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Page;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Keys;

/** The module's providers as ServiceLoader sees them, and their detectors under concurrent use. */
class ProvidersTest {
  private static final EngineSettings SETTINGS = new EngineSettings(Clock.systemUTC(), 0, Map.of());

  @Test
  void serviceLoaderFindsTheDocumentDetectors() {
    List<String> ids = new ArrayList<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      Detector detector = provider.create(SETTINGS);
      assertThat(provider.id()).matches(DetectorProvider.ID).isEqualTo(detector.id());
      assertThat(detector.stage()).isEqualTo(Stage.DOCUMENT);
      assertThat(detector.check()).isEqualTo(provider.id().equals("document.anti-spoof")
          ? ProductConfig.Check.DOCUMENT_ANTI_SPOOF : provider.id().equals("document.mrz")
          || provider.id().equals("document.id-number") ? ProductConfig.Check.ALWAYS
          : ProductConfig.Check.DOCUMENT_QUALITY);
      ids.add(provider.id());
    }
    assertThat(ids).containsExactlyInAnyOrder("document.mrz", "document.id-number", "document.blur",
        "document.exposure", "document.glare", "document.locate", "document.occlusion", "document.anti-spoof");
  }

  @Test
  void detectorsGiveTheSameFindingsFromEightThreads() throws Exception {
    DecodedImages pages = new DecodedImages(Map.of(Page.FRONT, SyntheticPages.card(640, 400, 3)), List.of());
    Subject subject = Subject.builder().documentType(DocumentType.HK_ID_CARD).idNumber("A123456(3)").build();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      Detector detector = provider.create(SETTINGS);
      Supplier<Finding> once = () -> detector.detect(MapDetectionContext.of(detector, provider.id().equals("document.mrz")
          ? MrzDetectorTest.validPassportRequest() : Requests.of(subject)).with(Keys.IMAGES, pages));
      Finding sequential = once.get();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Finding>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          results.add(pool.submit(once::get));
        }
        for (Future<Finding> result : results) {
          assertThat(result.get()).as(provider.id()).isEqualTo(sequential);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
