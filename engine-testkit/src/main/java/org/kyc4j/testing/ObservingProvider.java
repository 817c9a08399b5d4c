package org.kyc4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.ThresholdTable;

/** Wraps the provider under test so that every detect call of its detector is observed. */
final class ObservingProvider implements DetectorProvider {
  private final DetectorProvider target;
  private final List<Observation> observations = new CopyOnWriteArrayList<>();
  private volatile Detector created;

  ObservingProvider(DetectorProvider target) {
    this.target = target;
  }

  @Override
  public String id() {
    return target.id();
  }

  @Override
  public Detector create(EngineSettings settings) {
    Detector detector = target.create(settings);
    created = detector;
    return new Observing(detector);
  }

  /** Returns the detector the target provider created (unwrapped). */
  Detector created() {
    return created;
  }

  List<Observation> observations() {
    return observations;
  }

  private final class Observing implements Detector {
    private final Detector delegate;

    Observing(Detector delegate) {
      this.delegate = delegate;
    }

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public Stage stage() {
      return delegate.stage();
    }

    @Override
    public Set<Key<?>> requires() {
      return delegate.requires();
    }

    @Override
    public Set<Key<?>> uses() {
      return delegate.uses();
    }

    @Override
    public Set<Key<?>> provides() {
      return delegate.provides();
    }

    @Override
    public ProductConfig.Check check() {
      return delegate.check();
    }

    @Override
    public ThresholdTable thresholds() {
      return delegate.thresholds();
    }

    @Override
    public Set<Product> products() {
      return delegate.products();
    }

    @Override
    public boolean runsIn(OperationMode mode) {
      return delegate.runsIn(mode);
    }

    @Override
    public Finding detect(DetectionContext context) {
      Map<Key<?>, Object> inputs = new HashMap<>();
      Set<Key<?>> reads = new LinkedHashSet<>(delegate.requires());
      reads.addAll(delegate.uses());
      for (Key<?> key : reads) {
        context.find(key).ifPresent(value -> inputs.put(key, value));
      }
      Watching watching = new Watching(context, delegate.requires(), reads, delegate.provides());
      Level level = context.level();
      java.time.Instant now = context.now();
      try {
        Finding finding = delegate.detect(watching);
        observations.add(watching.observation(context.request(), level, now, inputs, finding, null));
        return finding;
      } catch (RuntimeException | Error e) {
        observations.add(watching.observation(context.request(), level, now, inputs, null, e));
        throw e;
      }
    }

    @Override
    public void afterDecision(DetectionContext context, Decision decision) {
      delegate.afterDecision(context, decision);
    }
  }

  /** A context that records which keys are read and written, then lets the engine's context judge. */
  private static final class Watching implements DetectionContext {
    private final DetectionContext context;
    private final Set<Key<?>> requires;
    private final Set<Key<?>> reads;
    private final Set<Key<?>> provides;
    private final Set<Key<?>> read = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Set<Key<?>> written = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    Watching(DetectionContext context, Set<Key<?>> requires, Set<Key<?>> reads, Set<Key<?>> provides) {
      this.context = context;
      this.requires = requires;
      this.reads = reads;
      this.provides = provides;
    }

    @Override
    public <T> T get(Key<T> key) {
      read.add(key);
      if (!requires.contains(key)) {
        violations.add("get(" + key + ") of a key it does not require");
      }
      return context.get(key);
    }

    @Override
    public <T> Optional<T> find(Key<T> key) {
      read.add(key);
      if (!reads.contains(key) && !provides.contains(key)) {
        violations.add("find(" + key + ") of a key it neither requires, uses nor provides");
      }
      return context.find(key);
    }

    @Override
    public <T> void put(Key<T> key, T value) {
      written.add(key);
      if (!provides.contains(key)) {
        violations.add("put(" + key + ") of a key it does not provide");
      }
      context.put(key, value);
    }

    @Override
    public VerificationRequest request() {
      return context.request();
    }

    @Override
    public Level level() {
      return context.level();
    }

    @Override
    public java.time.Instant now() {
      return context.now();
    }

    Observation observation(VerificationRequest request, Level level, java.time.Instant now,
        Map<Key<?>, Object> inputs, Finding finding, Throwable thrown) {
      return new Observation(request, level, now, Map.copyOf(inputs), finding, thrown, Set.copyOf(read),
          Set.copyOf(written), List.copyOf(violations));
    }
  }
}
