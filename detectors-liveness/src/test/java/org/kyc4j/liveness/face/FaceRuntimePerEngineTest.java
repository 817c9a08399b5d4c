package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * One face runtime per engine: every face detector that the discovered providers create reads faces
 * with the same {@link FaceRecognizer} (one model runtime, one load of each model), a second engine
 * gets its own, and closing an engine frees its recognizer but not one supplied to the builder.
 */
class FaceRuntimePerEngineTest {
  @Test
  void theDiscoveredFaceDetectorsOfAnEngineLoadTheModelsOnce() {
    List<Detector> created = Collections.synchronizedList(new ArrayList<>());
    Kyc4j engine = engineOf(created, Kyc4j.builder().discovery(false));
    List<FaceRecognizer> recognizers = recognizers(created);
    assertThat(recognizers).as("face detectors discovered").hasSizeGreaterThanOrEqualTo(2);
    assertThat(distinct(recognizers)).as("model loads in one engine").isEqualTo(1);

    List<Detector> secondCreated = Collections.synchronizedList(new ArrayList<>());
    try (Kyc4j second = engineOf(secondCreated, Kyc4j.builder().discovery(false))) {
      assertThat(distinct(recognizers(secondCreated))).isEqualTo(1);
      assertThat(recognizers(secondCreated).get(0)).as("another engine loads its own").isNotSameAs(recognizers.get(0));
    }
    engine.close();
    RgbImage image = RgbImage.of(8, 8, new int[64]);
    assertThatThrownBy(() -> recognizers.get(0).locate(image)).as("closed with its engine")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSuppliedRecognizerIsSharedAndLeftOpen() {
    try (FaceRecognizer shared = FaceRecognizer.open()) {
      List<Detector> created = Collections.synchronizedList(new ArrayList<>());
      engineOf(created, Kyc4j.builder().discovery(false).service(FaceRecognizer.SERVICE, shared)).close();
      assertThat(recognizers(created)).isNotEmpty().allSatisfy(r -> assertThat(r).isSameAs(shared));
      assertThat(shared.locate(RgbImage.of(64, 64, new int[64 * 64])).faces()).as("still open").isEmpty();
    }
  }

  /** Builds an engine from every discovered provider, each wrapped to record the detector it creates. */
  private static Kyc4j engineOf(List<Detector> created, Kyc4j.Builder builder) {
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      builder.addProvider(new DetectorProvider() {
        @Override
        public String id() {
          return provider.id();
        }

        @Override
        public Detector create(EngineSettings settings) {
          Detector detector = provider.create(settings);
          created.add(detector);
          return detector;
        }
      });
    }
    return builder.build();
  }

  private static List<FaceRecognizer> recognizers(List<Detector> detectors) {
    return detectors.stream().filter(RecognizerDetector.class::isInstance)
        .map(d -> ((RecognizerDetector) d).recognizer).toList();
  }

  private static int distinct(List<FaceRecognizer> recognizers) {
    Set<FaceRecognizer> identities = Collections.newSetFromMap(new IdentityHashMap<>());
    identities.addAll(recognizers);
    return identities.size();
  }
}
