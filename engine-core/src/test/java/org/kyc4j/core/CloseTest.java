package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.junit.jupiter.api.Test;

class CloseTest {
  private static final Key<String> NOBODY = Key.of("test.nobody", String.class);

  /** A detector holding a resource; counts how often it is closed. */
  private static final class Holder implements Detector, AutoCloseable {
    private final Set<Key<?>> requires;
    final AtomicInteger closes = new AtomicInteger();

    Holder(Set<Key<?>> requires) {
      this.requires = requires;
    }

    @Override
    public String id() {
      return "test.holder";
    }

    @Override
    public Stage stage() {
      return Stage.FACE;
    }

    @Override
    public Set<Key<?>> requires() {
      return requires;
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of();
    }

    @Override
    public Finding detect(DetectionContext context) {
      return Finding.pass(id(), stage());
    }

    @Override
    public void close() {
      closes.incrementAndGet();
      throw new IllegalStateException("closing may fail; the engine goes on");
    }

    DetectorProvider provider() {
      Holder self = this;
      return new DetectorProvider() {
        @Override
        public String id() {
          return "test.holder";
        }

        @Override
        public Detector create(EngineSettings settings) {
          return self;
        }
      };
    }
  }

  @Test
  void closingTheEngineClosesCloseableDetectorsOnce() {
    Holder holder = new Holder(Set.of());
    Kyc4j engine = Kyc4j.builder().discovery(false).addProvider(holder.provider()).build();
    engine.close();
    engine.close();
    assertThat(holder.closes).hasValue(1);
  }

  @Test
  void aFailedBuildClosesTheDetectorsItCreated() {
    Holder holder = new Holder(Set.of(NOBODY));
    assertThatThrownBy(() -> Kyc4j.builder().discovery(false).addProvider(holder.provider()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.nobody");
    assertThat(holder.closes).hasValue(1);
  }
}
