package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.ServiceKey;

/**
 * What fails after the decision or on close reaches the engine listener and the System.Logger
 * {@code org.kyc4j.core} (which the JDK's default logger finder maps to java.util.logging).
 */
class EngineListenerTest {
  private final Logger jul = Logger.getLogger("org.kyc4j.core");
  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private boolean parentHandlers;

  /** A listener that records every call as one line, and keeps what it was given. */
  private static final class Recording implements EngineListener {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void afterDecisionFailed(String detectorId, String transactionId, Decision.Status status,
        Throwable failure) {
      calls.add("after " + detectorId + " " + transactionId + " " + status);
      failures.add(failure);
    }

    @Override
    public void detectorCloseFailed(String detectorId, Throwable failure) {
      calls.add("close detector " + detectorId);
      failures.add(failure);
    }

    @Override
    public void serviceCloseFailed(String serviceName, Throwable failure) {
      calls.add("close service " + serviceName);
      failures.add(failure);
    }
  }

  /** A listener that throws from every method. */
  private static final class Throwing implements EngineListener {
    @Override
    public void afterDecisionFailed(String detectorId, String transactionId, Decision.Status status,
        Throwable failure) {
      throw new IllegalStateException("listener broken");
    }

    @Override
    public void detectorCloseFailed(String detectorId, Throwable failure) {
      throw new IllegalStateException("listener broken");
    }
  }

  @BeforeEach
  void captureLog() {
    parentHandlers = jul.getUseParentHandlers();
    jul.setUseParentHandlers(false);
    jul.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    jul.removeHandler(capture);
    jul.setUseParentHandlers(parentHandlers);
  }

  @Test
  void aFailedAfterDecisionReachesTheListenerAndTheLogAndTheDecisionStands() {
    IllegalStateException thrown = new IllegalStateException("index full");
    Decision[] seen = new Decision[1];
    TestDetector idn = TestDetector.builder("test.idn", Stage.RISK).after((ctx, decision) -> {
      seen[0] = decision;
      throw thrown;
    }).build();
    TestDetector later = TestDetector.builder("test.later", Stage.RISK).build();
    Recording listener = new Recording();
    Decision decision;
    try (Kyc4j engine = Fixtures.engine().listener(listener).addProvider(idn.provider())
        .addProvider(later.provider()).build()) {
      decision = engine.verify(Fixtures.realId("tx-1", closed()));
    }
    assertThat(decision).isSameAs(seen[0]);
    assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(decision.findings()).extracting(Finding::detectorId).containsExactly("test.idn", "test.later");
    assertThat(later.afterCalls).hasValue(1);
    assertThat(listener.calls).containsExactly("after test.idn tx-1 SUCCESS");
    assertThat(listener.failures).containsExactly(thrown);
    LogRecord record = onlyRecord();
    assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(record.getMessage()).contains("'test.idn'", "'tx-1'", "decision stands");
    assertThat(record.getThrown()).isSameAs(thrown);
  }

  @Test
  void aLinkageErrorInAfterDecisionIsReportedToo() {
    NoClassDefFoundError thrown = new NoClassDefFoundError("org/example/Missing");
    TestDetector idn = TestDetector.builder("test.idn", Stage.RISK).after((ctx, decision) -> {
      throw thrown;
    }).build();
    Recording listener = new Recording();
    try (Kyc4j engine = Fixtures.engine().listener(listener).addProvider(idn.provider()).build()) {
      assertThat(engine.verify(Fixtures.realId("tx-2", closed())).status()).isEqualTo(Decision.Status.SUCCESS);
    }
    assertThat(listener.calls).containsExactly("after test.idn tx-2 SUCCESS");
    assertThat(listener.failures).containsExactly(thrown);
    assertThat(onlyRecord().getThrown()).isSameAs(thrown);
  }

  @Test
  void theLogAndTheListenerGetNoClaimedPersonalData() {
    TestDetector idn = TestDetector.builder("test.idn", Stage.RISK).after((ctx, decision) -> {
      throw new IllegalStateException("index full");
    }).build();
    Subject subject = Subject.builder().userId("user-7").idNumber("X1234567").name("Alice Example")
        .dateOfBirth(LocalDate.of(1990, 2, 3)).build();
    Recording listener = new Recording();
    try (Kyc4j engine = Fixtures.engine().listener(listener).addProvider(idn.provider()).build()) {
      engine.verify(Fixtures.realId("tx-3").config(closed()).subject(subject).build());
    }
    String message = onlyRecord().getMessage();
    for (String claimed : List.of("X1234567", "Alice", "1990", "user-7")) {
      assertThat(message).doesNotContain(claimed);
      assertThat(listener.calls.get(0)).doesNotContain(claimed);
    }
  }

  @Test
  void aListenerThatThrowsBreaksNeitherVerifyNorClose() {
    TestDetector idn = TestDetector.builder("test.idn", Stage.RISK).after((ctx, decision) -> {
      throw new IllegalStateException("index full");
    }).build();
    Leaky leaky = new Leaky("test.leaky");
    Leaky tidy = new Leaky("test.tidy");
    Kyc4j engine = Fixtures.engine().listener(new Throwing()).addProvider(idn.provider())
        .addProvider(leaky.provider()).addProvider(tidy.provider()).build();
    assertThat(engine.verify(Fixtures.realId("tx-4", closed())).status()).isEqualTo(Decision.Status.SUCCESS);
    engine.close();
    assertThat(leaky.closes).isEqualTo(1);
    assertThat(tidy.closes).isEqualTo(1);
    assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.SEVERE, Level.WARNING,
        Level.WARNING, Level.WARNING);
    assertThat(records.get(1).getMessage()).contains("afterDecisionFailed");
    assertThat(records.get(1).getThrown()).hasMessage("listener broken");
    assertThat(records.get(3).getMessage()).contains("detectorCloseFailed");
  }

  @Test
  void aDetectorThatFailsToCloseIsReportedAndTheOthersAreStillClosed() {
    Leaky leaky = new Leaky("test.leaky");
    Leaky tidy = new Leaky("test.tidy");
    Recording listener = new Recording();
    Kyc4j engine = Fixtures.engine().listener(listener).addProvider(leaky.provider()).addProvider(tidy.provider())
        .build();
    engine.close();
    assertThat(tidy.closes).isEqualTo(1);
    assertThat(listener.calls).containsExactly("close detector test.leaky");
    assertThat(listener.failures).extracting(Throwable::getMessage).containsExactly("cannot release test.leaky");
    LogRecord record = onlyRecord();
    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
    assertThat(record.getMessage()).contains("'test.leaky'");
    assertThat(record.getThrown()).isSameAs(listener.failures.get(0));
  }

  @Test
  void aServiceThatFailsToCloseIsReportedAndTheOthersAreStillClosed() {
    List<String> closes = Collections.synchronizedList(new ArrayList<>());
    ServiceKey<AutoCloseable> broken = ServiceKey.created("test.broken", AutoCloseable.class, settings -> () -> {
      closes.add("broken");
      throw new java.io.IOException("device busy");
    });
    ServiceKey<AutoCloseable> sound = ServiceKey.created("test.sound", AutoCloseable.class,
        settings -> () -> closes.add("sound"));
    Recording listener = new Recording();
    Kyc4j engine = Fixtures.engine().listener(listener)
        .addProvider(new Leaky("test.user", settings -> {
          settings.service(sound);
          settings.service(broken);
        }).provider()).build();
    engine.close();
    assertThat(closes).containsExactly("broken", "sound");
    assertThat(listener.calls).containsExactly("close detector test.user", "close service test.broken");
    assertThat(listener.failures.get(1)).hasMessage("device busy");
    assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.WARNING);
    assertThat(records.get(1).getMessage()).contains("'test.broken'");
  }

  @Test
  void aFailedBuildReportsWhatItCouldNotClose() {
    Key<String> nobody = Key.of("test.nobody", String.class);
    Recording listener = new Recording();
    Leaky needy = new Leaky("test.needy", settings -> {}, Set.of(nobody));
    assertThatThrownBy(() -> Fixtures.engine().listener(listener).addProvider(needy.provider()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.nobody");
    assertThat(listener.calls).containsExactly("close detector test.needy");
  }

  @Test
  void aNullListenerIsRefused() {
    assertThatThrownBy(() -> Kyc4j.builder().listener(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("listener");
  }

  private LogRecord onlyRecord() {
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static ProductConfig closed() {
    return ProductConfig.builder().documentAntiSpoof(org.kyc4j.api.Level.CLOSED)
        .liveness(org.kyc4j.api.Level.CLOSED).faceMatch(org.kyc4j.api.Level.CLOSED)
        .risk(org.kyc4j.api.Level.CLOSED).build();
  }

  /** A detector whose close fails after counting; at build time it may ask for engine services. */
  private static final class Leaky implements Detector, AutoCloseable {
    private final String id;
    private final java.util.function.Consumer<EngineSettings> atBuild;
    private final Set<Key<?>> requires;
    volatile int closes;

    Leaky(String id) {
      this(id, settings -> {});
    }

    Leaky(String id, java.util.function.Consumer<EngineSettings> atBuild) {
      this(id, atBuild, Set.of());
    }

    Leaky(String id, java.util.function.Consumer<EngineSettings> atBuild, Set<Key<?>> requires) {
      this.id = id;
      this.atBuild = atBuild;
      this.requires = requires;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Stage stage() {
      return Stage.DOCUMENT;
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
      return Finding.pass(id, stage());
    }

    @Override
    public void close() {
      closes++;
      if (!id.equals("test.tidy")) {
        throw new IllegalStateException("cannot release " + id);
      }
    }

    DetectorProvider provider() {
      Leaky self = this;
      return new DetectorProvider() {
        @Override
        public String id() {
          return id;
        }

        @Override
        public Detector create(EngineSettings settings) {
          atBuild.accept(settings);
          return self;
        }
      };
    }
  }
}
