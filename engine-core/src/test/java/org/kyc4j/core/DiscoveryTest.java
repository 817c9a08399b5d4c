package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Stage;

/** ServiceLoader discovery of providers, and switching it off. */
class DiscoveryTest {
  private static List<String> ids(Kyc4j.Builder builder) {
    try (Kyc4j engine = builder.executor(Fixtures.EXECUTOR).build()) {
      return engine.plan().detectors().stream().map(PlannedDetector::id).toList();
    }
  }

  @Test
  void aDeclaredProviderIsDiscovered() {
    assertThat(ids(Kyc4j.builder())).contains(DiscoveredProvider.ID);
    assertThat(ids(Kyc4j.builder().classLoader(DiscoveryTest.class.getClassLoader())))
        .contains(DiscoveredProvider.ID);
  }

  @Test
  void discoveryOffOrAnotherClassLoaderFindsNothing() {
    assertThat(ids(Kyc4j.builder().discovery(false))).isEmpty();
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(ids(Kyc4j.builder().classLoader(empty))).isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDiscoveredIdAddedAgainByHandIsADuplicate() {
    TestDetector again = TestDetector.builder("other", Stage.FACE).build();
    org.kyc4j.spi.DetectorProvider sameId = new org.kyc4j.spi.DetectorProvider() {
      @Override
      public String id() {
        return DiscoveredProvider.ID;
      }

      @Override
      public org.kyc4j.spi.Detector create(org.kyc4j.spi.EngineSettings settings) {
        return again;
      }
    };
    assertThatThrownBy(() -> ids(Kyc4j.builder().addProvider(sameId)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(DiscoveredProvider.class.getName());
  }
}
