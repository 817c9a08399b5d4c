package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.ServiceKey;

/** Engine-scoped services: one instance per engine, shared by providers, closed with the engine. */
class EngineServicesTest {
  /** A service that records when it is created and closed. */
  static final class Runtime implements AutoCloseable {
    final String name;
    final List<String> log;

    Runtime(String name, List<String> log) {
      this.name = name;
      this.log = log;
      log.add("create " + name);
    }

    @Override
    public void close() {
      log.add("close " + name);
    }
  }

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger creations = new AtomicInteger();
  private final ServiceKey<Runtime> runtime = ServiceKey.created("test.runtime", Runtime.class, settings -> {
    creations.incrementAndGet();
    return new Runtime("runtime", log);
  });
  private final ServiceKey<Runtime> model = ServiceKey.created("test.model", Runtime.class, settings -> {
    settings.service(runtime);
    return new Runtime("model", log);
  });

  @Test
  void providersOfOneEngineShareOneInstanceAndTheEngineClosesItAfterItsDetectors() {
    List<Object> seen = Collections.synchronizedList(new ArrayList<>());
    Kyc4j engine = Kyc4j.builder().discovery(false)
        .addProvider(asking("test.a", settings -> seen.add(settings.service(model))))
        .addProvider(asking("test.b", settings -> seen.add(settings.service(model))))
        .addProvider(asking("test.c", settings -> seen.add(settings.service(runtime))))
        .build();
    assertThat(creations).hasValue(1);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
    assertThat(log).containsExactly("create runtime", "create model");
    engine.close();
    engine.close();
    assertThat(log).containsExactly("create runtime", "create model", "close detector test.a", "close detector test.b",
        "close detector test.c", "close model", "close runtime");
  }

  @Test
  void twoEnginesHaveTwoInstances() {
    try (Kyc4j first = Kyc4j.builder().discovery(false).addProvider(asking("test.a", s -> s.service(runtime))).build();
        Kyc4j second = Kyc4j.builder().discovery(false).addProvider(asking("test.a", s -> s.service(runtime))).build()) {
      assertThat(creations).hasValue(2);
    }
  }

  @Test
  void aSuppliedServiceWinsOverTheFactoryAndIsNeverClosed() {
    Runtime mine = new Runtime("mine", log);
    List<Object> seen = new ArrayList<>();
    try (Kyc4j engine = Kyc4j.builder().discovery(false).service(runtime, mine)
        .addProvider(asking("test.a", settings -> seen.add(settings.service(runtime)))).build()) {
      assertThat(seen).containsExactly(mine);
      assertThat(creations).hasValue(0);
    }
    assertThat(log).containsExactly("create mine", "close detector test.a");
  }

  @Test
  void aSuppliedOnlyServiceIsFoundOnlyWhenSupplied() {
    ServiceKey<String> token = ServiceKey.supplied("test.token", String.class);
    List<Object> seen = new ArrayList<>();
    Kyc4j.builder().discovery(false).addProvider(asking("test.a", s -> seen.add(s.findService(token)))).build().close();
    Kyc4j.builder().discovery(false).service(token, "t-1")
        .addProvider(asking("test.a", s -> seen.add(s.findService(token)))).build().close();
    assertThat(seen).containsExactly(java.util.Optional.empty(), java.util.Optional.of("t-1"));
    assertThatThrownBy(() -> Kyc4j.builder().discovery(false).addProvider(asking("test.a", s -> s.service(token))).build())
        .isInstanceOf(IllegalStateException.class).hasStackTraceContaining("test.token")
        .hasStackTraceContaining("was not supplied to the engine builder");
  }

  @Test
  void aFailedBuildClosesTheServicesItCreated() {
    Key<String> missing = Key.of("test.missing", String.class);
    DetectorProvider needy = new DetectorProvider() {
      @Override
      public String id() {
        return "test.needy";
      }

      @Override
      public Detector create(EngineSettings settings) {
        settings.service(runtime);
        return new Closing("test.needy", Set.of(missing), log);
      }
    };
    assertThatThrownBy(() -> Kyc4j.builder().discovery(false).addProvider(needy).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.missing");
    assertThat(log).containsExactly("create runtime", "close detector test.needy", "close runtime");
  }

  @Test
  void servicesThatAskForEachOtherAreACycle() {
    List<ServiceKey<Runtime>> keys = new ArrayList<>();
    keys.add(ServiceKey.created("test.ping", Runtime.class, s -> s.service(keys.get(1))));
    keys.add(ServiceKey.created("test.pong", Runtime.class, s -> s.service(keys.get(0))));
    assertThatThrownBy(() -> Kyc4j.builder().discovery(false).addProvider(asking("test.a", s -> s.service(keys.get(0))))
        .build()).hasStackTraceContaining("cycle").hasStackTraceContaining("test.ping");
  }

  @Test
  void keysNameTheirServiceAndCheckTheirType() {
    assertThatThrownBy(() -> ServiceKey.supplied("Bad Name", String.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad Name");
    assertThatThrownBy(() -> Kyc4j.builder().service((ServiceKey) runtime, "not a runtime"))
        .isInstanceOf(ClassCastException.class).hasMessageContaining("test.runtime");
    assertThat(ServiceKey.supplied("test.runtime", String.class)).isEqualTo(runtime);
  }

  private DetectorProvider asking(String id, Function<EngineSettings, Object> ask) {
    return new DetectorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Detector create(EngineSettings settings) {
        ask.apply(settings);
        return new Closing(id, Set.of(), log);
      }
    };
  }

  /** A detector that logs its close. */
  private record Closing(String id, Set<Key<?>> requires, List<String> log) implements Detector, AutoCloseable {
    @Override
    public Stage stage() {
      return Stage.DOCUMENT;
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of();
    }

    @Override
    public Finding detect(DetectionContext context) {
      return Finding.pass(id, stage());
    }

    @Override
    public void close() {
      log.add("close detector " + id);
    }
  }
}
