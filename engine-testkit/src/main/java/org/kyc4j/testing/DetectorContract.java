package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;

/**
 * Conformance suite every detector module extends (name the subclass {@code ...Test}). It runs the
 * detector through a real engine built with discovery off from {@link #upstream()} and
 * {@link #provider()}, observes each detect call, and replays the observed inputs to check
 * determinism and thread safety. The engine is built once per test class and closed after it.
 *
 * <p>Its random choices (the order the engine verifies the requests in, each thread's replay order)
 * come from one seed per test class: a failure reports it, and the system property
 * {@value #SEED_PROPERTY} replays it ({@code -Dkyc4j.contract.seed=N}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DetectorContract {
  /** The system property that replays the seed a failure reported. */
  public static final String SEED_PROPERTY = "kyc4j.contract.seed";
  private static final int THREADS = 8;
  private final long seed = parseSeed(System.getProperty(SEED_PROPERTY));
  /** Adds the seed to every failure of this class's tests (not to skips), and prints it. */
  @RegisterExtension
  final TestExecutionExceptionHandler reportSeed = (context, thrown) -> {
    if (!(thrown instanceof TestAbortedException)) {
      System.out.println(context.getDisplayName() + " of " + getClass().getName() + ": " + replayHint());
      thrown.addSuppressed(new SeedReport(replayHint()));
    }
    throw thrown;
  };
  private ObservingProvider observing;
  private Kyc4j engine;
  private List<Decision> decisions;

  /** Returns the provider under test; called once per test class. */
  protected abstract DetectorProvider provider();

  /** Providers of the keys the detector requires beyond the engine's inputs (REQUEST, CONFIG, IMAGES). */
  protected List<DetectorProvider> upstream() {
    return List.of();
  }

  /** At least one request; cover passing and non-passing inputs where possible. */
  protected abstract List<VerificationRequest> requests();

  /** Returns the engine clock; default fixed at 2025-01-01T00:00:00Z. */
  protected Clock clock() {
    return Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  }

  /** Returns the seed of this run's random choices. */
  protected final long seed() {
    return seed;
  }

  /** Returns the seed from the property's value, or a fresh one when it is null or blank. */
  static long parseSeed(String property) {
    if (property == null || property.isBlank()) {
      return new Random().nextLong();
    }
    try {
      return Long.parseLong(property.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " is '" + property + "'; allowed: a long integer", e);
    }
  }

  private String replayHint() {
    return "contract seed " + seed + "; replay with -D" + SEED_PROPERTY + "=" + seed;
  }

  /** Returns the engine properties handed to every provider; default none. */
  protected Map<String, String> properties() {
    return Map.of();
  }

  /**
   * Builds the engine on first use and verifies every request once, in an order the seed shuffles. The
   * requests are made first, so a subclass may skip the suite from {@link #requests()} with an assumption.
   */
  synchronized List<Observation> observations() {
    if (engine == null) {
      List<VerificationRequest> requests = new ArrayList<>(requests());
      assertThat(requests).as("requests()").isNotEmpty();
      Collections.shuffle(requests, new Random(seed));
      ObservingProvider created = new ObservingProvider(provider());
      Kyc4j.Builder builder = Kyc4j.builder().discovery(false).clock(clock());
      properties().forEach(builder::property);
      upstream().forEach(builder::addProvider);
      Kyc4j built = builder.addProvider(created).build();
      List<Decision> verified = new ArrayList<>();
      try {
        requests.forEach(request -> verified.add(built.verify(request)));
      } catch (RuntimeException | Error e) {
        built.close();
        throw e;
      }
      observing = created;
      decisions = verified;
      engine = built;
    }
    return observing.observations();
  }

  private Detector detector() {
    observations();
    return observing.created();
  }

  /** Closes the engine. */
  @AfterAll
  public final void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  /** The provider's and the detector's ids match {@link DetectorProvider#ID}; the plan holds the detector. */
  @Test
  public final void idIsValid() {
    Detector detector = detector();
    assertThat(observing.id()).as("provider id").matches(DetectorProvider.ID);
    assertThat(detector.id()).as("detector id").matches(DetectorProvider.ID);
    assertThat(engine.plan().detectors()).anySatisfy(d -> assertThat(d.id()).isEqualTo(detector.id()));
  }

  /** At least one request runs the detector, and it never gives an ERROR. */
  @Test
  public final void runsWithoutError() {
    List<Observation> observations = observations();
    assertThat(observations).as("detect calls; findings were %s", findingsOfDetector()).isNotEmpty();
    for (Finding finding : findingsOfDetector()) {
      assertThat(finding.outcome()).as("outcome of %s (reason %s)", finding.detectorId(), finding.reason())
          .isNotEqualTo(Outcome.ERROR);
    }
  }

  /** The detector reads only keys it requires (or provides) and writes only keys it provides. */
  @Test
  public final void declaredKeysAreHonoured() {
    Detector detector = detector();
    assertThat(observations()).as("detect calls").isNotEmpty();
    for (Observation o : observations()) {
      assertThat(o.violations()).as("key violations in %s", o.request().transactionId()).isEmpty();
      assertThat(detector.provides()).as("provides() of %s", detector.id()).containsAll(o.written());
    }
  }

  /** The same inputs give an equal finding. */
  @Test
  public final void deterministic() {
    Detector detector = detector();
    for (Observation o : observations()) {
      if (o.finding() != null) {
        assertThat(detector.detect(new ReplayContext(o, detector))).as("first replay of %s",
            o.request().transactionId()).isEqualTo(o.finding());
        assertThat(detector.detect(new ReplayContext(o, detector))).as("second replay of %s",
            o.request().transactionId()).isEqualTo(o.finding());
      }
    }
  }

  /** Eight threads replaying every observed call at once get the sequential findings. */
  @Test
  public final void threadSafe() throws Exception {
    Detector detector = detector();
    List<Observation> observed = observations().stream().filter(o -> o.finding() != null).toList();
    Random random = new Random(~seed);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Observation> order = new ArrayList<>(observed);
        Collections.shuffle(order, random);
        futures.add(pool.submit(() -> mismatches(detector, order)));
      }
      for (Future<List<String>> future : futures) {
        assertThat(future.get(5, TimeUnit.MINUTES)).as("findings differing from the sequential ones (%s)",
            replayHint()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> mismatches(Detector detector, List<Observation> order) {
    List<String> mismatches = new ArrayList<>();
    for (Observation o : order) {
      Finding finding = detector.detect(new ReplayContext(o, detector));
      if (!finding.equals(o.finding())) {
        mismatches.add(o.request().transactionId() + ": " + finding + " != " + o.finding());
      }
    }
    return mismatches;
  }

  /** detect(null) throws NullPointerException. */
  @Test
  public final void detectNullThrowsNullPointerException() {
    Detector detector = detector();
    assertThatThrownBy(() -> detector.detect(null)).isInstanceOf(NullPointerException.class);
  }

  /** Every non-PASS finding carries a reason given by the detector itself. */
  @Test
  public final void everyNonPassFindingHasReason() {
    String id = detector().id();
    for (Finding finding : findingsOfDetector()) {
      if (finding.outcome() != Outcome.PASS) {
        assertThat(finding.reason()).as("reason of a %s finding", finding.outcome()).isNotNull();
        assertThat(finding.reason().detectorId()).as("reason.detectorId").isEqualTo(id);
        assertThat(finding.reason().message()).as("reason.message").isNotBlank();
      }
    }
  }

  /** Each finding detect returns names the detector's id and stage. */
  @Test
  public final void findingNamesTheDetector() {
    Detector detector = detector();
    for (Observation o : observations()) {
      if (o.thrown() != null) {
        fail("detect threw on " + o.request().transactionId() + ": " + o.thrown(), o.thrown());
      }
      assertThat(o.finding()).as("finding of %s", o.request().transactionId()).isNotNull();
      assertThat(o.finding().detectorId()).as("detectorId").isEqualTo(detector.id());
      assertThat(o.finding().stage()).as("stage").isEqualTo(detector.stage());
    }
  }

  /** Returns the detector's findings in the engine's decisions, including SKIPPED ones. */
  private List<Finding> findingsOfDetector() {
    String id = detector().id();
    List<Finding> findings = new ArrayList<>();
    for (Observation o : observations()) {
      if (o.finding() != null) {
        findings.add(o.finding());
      }
    }
    decisions.forEach(d -> d.findings().stream().filter(f -> f.detectorId().equals(id)).forEach(findings::add));
    return findings;
  }

  /** Carries the seed of a failed run as a suppressed exception, so every report shows how to replay it. */
  private static final class SeedReport extends RuntimeException {
    SeedReport(String message) {
      super(message, null, false, false);
    }
  }
}
