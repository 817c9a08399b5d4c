package org.kyc4j.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Decision;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.internal.DecodeDeadline;
import org.kyc4j.core.internal.ImageRejectedException;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.spi.ServiceKey;

/**
 * The kyc4j engine: built once with its detectors, then used by any number of threads to turn
 * {@link VerificationRequest}s into {@link Decision}s, and closed. Detectors come from
 * {@link java.util.ServiceLoader} discovery of {@link DetectorProvider}s and from
 * {@link Builder#addProvider}; they run in the order of the keys they require and provide, ties
 * broken by (stage, id), independent detectors in parallel on the executor.
 *
 * <p>Besides the artefact keys of {@link org.kyc4j.spi.Keys}, the engine copies the hits of every
 * provided key of type {@link org.kyc4j.spi.RiskHits} into the decision's risk section. Do not call
 * {@link #verify} from a thread of the engine's executor: it waits for tasks on that executor.
 *
 * <p>Before a capture, {@link #challenge} issues a single-use liveness challenge that the request
 * then names; the engine remembers open challenges in memory, bounded by {@link EngineLimits}, so a
 * challenge is only accepted by the engine that issued it.
 */
public final class Kyc4j implements AutoCloseable {
  private final EngineState state;
  private final Plan plan;
  private final ExecutorService ownedExecutor;
  private final ServiceRegistry services;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Kyc4j(EngineState state, Plan plan, ExecutorService ownedExecutor, ServiceRegistry services) {
    this.state = state;
    this.plan = plan;
    this.ownedExecutor = ownedExecutor;
    this.services = services;
  }

  /** Returns a builder with discovery on, the system UTC clock and {@link EngineLimits#DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies one request. Never throws for bad images or failing detectors: those become a Decision.
   * The liveness challenge the request names is consumed (see {@link #challenge}); one that is unknown,
   * expired or used makes a FAILURE with {@code CHALLENGE_INVALID}. Thread-safe.
   *
   * <p>Once the decision is made, every detector whose detect ran gets {@code afterDecision} on the
   * calling thread (the identity network records the transaction there). One that throws a
   * {@link RuntimeException} or {@link LinkageError} does not change the decision, which is returned
   * as it was made, nor stop the other detectors' {@code afterDecision}; the failure goes to the
   * {@link EngineListener} and is logged at ERROR, since the transaction may now be missing from the
   * identity network.
   *
   * @throws InvalidRequestException if the request is null (nothing is recorded)
   * @throws IllegalStateException if the engine is closed
   */
  public Decision verify(VerificationRequest request) {
    if (request == null) {
      throw new InvalidRequestException("request", "must not be null");
    }
    if (closed.get()) {
      throw new IllegalStateException("the engine is closed");
    }
    return new Verification(state, request).run();
  }

  /**
   * Issues a single-use liveness challenge for a capture under {@code config}: a fresh id, the config's
   * actions (or {@code randomActionCount} of them drawn at random; in random order when
   * {@code actionRandom}), issued now by the engine clock and open for {@link EngineLimits#challengeTtl()}.
   * A request names it with {@link VerificationRequest.Builder#challenge(Challenge)}; {@link #verify}
   * accepts it once, before it expires. Thread-safe.
   *
   * @throws InvalidRequestException if {@code config} is null (field {@code config}) or asks for no
   *     action (field {@code config.actions})
   * @throws IllegalStateException if the engine is closed
   */
  public Challenge challenge(ProductConfig config) {
    if (config == null) {
      throw new InvalidRequestException("config", "must not be null");
    }
    if (closed.get()) {
      throw new IllegalStateException("the engine is closed");
    }
    return state.challenges().issue(config);
  }

  /**
   * Decodes one photo exactly as {@link #verify} decodes request images: within the engine's pixel
   * and byte limits, EXIF orientation applied, alpha flattened on white. Thread-safe.
   *
   * @throws InvalidRequestException (field {@code image}) when the bytes are null, empty, too many,
   *     of an unsupported format, truncated, corrupt or declare too many pixels; the message says which
   */
  public RgbImage decode(byte[] encoded) {
    if (encoded == null) {
      throw new InvalidRequestException("image", "must not be null");
    }
    try {
      return state.decoder().decode(encoded, DecodeDeadline.after(state.limits().decodeTimeout()));
    } catch (ImageRejectedException e) {
      throw new InvalidRequestException("image", e.kind() + ": " + e.getMessage());
    }
  }

  /** Returns the resolved, immutable detector plan; its toString() prints one detector per line. */
  public Plan plan() {
    return plan;
  }

  /**
   * Closes the engine: shuts down the executor only if the engine created it, then closes every
   * detector that is {@link AutoCloseable}, then every engine service the engine created (models
   * free their memory; services supplied to the builder stay open). One that fails to close does not
   * keep the others open: its failure goes to the {@link EngineListener} and is logged at WARNING
   * (see {@link Builder#listener}). Call it once no verification is running. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ownedExecutor != null) {
        ownedExecutor.shutdown();
      }
      state.log().closeDetectors(state.nodes().stream().map(PlanNode::installed).toList());
      services.close(state.log());
    }
  }

  /** A mutable builder of {@link Kyc4j}; not thread-safe. One builder may build several engines. */
  public static final class Builder {
    private static final EngineListener NO_LISTENER = new EngineListener() {};
    private Clock clock = Clock.systemUTC();
    private ExecutorService executor;
    private boolean discovery = true;
    private ClassLoader classLoader;
    private final List<DetectorProvider> providers = new ArrayList<>();
    private final Map<ServiceKey<?>, Object> services = new LinkedHashMap<>();
    private EngineLimits limits = EngineLimits.DEFAULT;
    private long seed;
    private boolean seeded;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private EngineListener listener = NO_LISTENER;

    private Builder() {}

    /** Sets the clock detectors and velocity control read time from; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the executor detectors run on; the engine never shuts it down. Default: an engine-owned pool. */
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Switches ServiceLoader discovery of detector providers on (default) or off. */
    public Builder discovery(boolean on) {
      this.discovery = on;
      return this;
    }

    /** Sets the class loader discovery searches; default the thread's context class loader. */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Adds a provider by hand, after the discovered ones; its id must be unique in the engine. */
    public Builder addProvider(DetectorProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Sets the identity network handed to providers as the service {@link IdentityNetwork#SERVICE}.
     * The engine never closes it.
     */
    public Builder identityNetwork(IdentityNetwork network) {
      return service(IdentityNetwork.SERVICE, Objects.requireNonNull(network, "network"));
    }

    /**
     * Supplies an engine service: every provider that asks for {@code key} gets {@code instance}
     * instead of one the key's factory would create (for example one face runtime shared by several
     * engines). The engine never closes a supplied service; a later call for the same key wins.
     *
     * @throws ClassCastException if {@code instance} is not of the key's type
     */
    public <T> Builder service(ServiceKey<T> key, T instance) {
      Objects.requireNonNull(key, "key");
      services.put(key, key.cast(Objects.requireNonNull(instance, "instance")));
      return this;
    }

    /** Sets the engine limits; default {@link EngineLimits#DEFAULT}. */
    public Builder limits(EngineLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the seed handed to providers (default 0) and makes the engine draw challenge ids and actions
     * from a {@link Random} with this seed instead of a {@link SecureRandom}. A seeded engine's
     * challenges are predictable: for tests only (repeatable when issued from one thread).
     */
    public Builder seed(long seed) {
      this.seed = seed;
      this.seeded = true;
      return this;
    }

    /** Sets a provider property (for example a model location); a later value for a name wins. */
    public Builder property(String name, String value) {
      properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the listener told of failures the engine carries on after: a detector's
     * {@code afterDecision} that threw, a detector or created service that failed to close (also when
     * a failed {@link #build} closes what it created). Default: none; the engine logs every such
     * failure to the {@link System.Logger} {@code org.kyc4j.core} either way. See
     * {@link EngineListener} for the contract.
     */
    public Builder listener(EngineListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the engine: collects providers, creates their detectors and plans them.
     *
     * @throws IllegalStateException on duplicate ids (naming both classes), bad ids, a key with two
     *     providers, a required key nobody provides and cycles (naming keys and detectors)
     */
    public Kyc4j build() {
      ClassLoader loader = !discovery ? null
          : classLoader != null ? classLoader
          : Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
          : Kyc4j.class.getClassLoader();
      EngineLog log = new EngineLog(listener);
      ServiceRegistry registry = new ServiceRegistry(services);
      EngineSettings settings = new EngineSettings(clock, seed, properties, registry, loader);
      registry.bind(settings);
      List<InstalledDetector> detectors = List.of();
      List<PlanNode> nodes;
      try {
        detectors = ProviderRegistry.install(ProviderRegistry.collect(loader, providers), settings, log);
        nodes = Planner.plan(detectors);
      } catch (RuntimeException | Error e) {
        log.closeDetectors(detectors);
        registry.close(log);
        throw e;
      }
      Plan plan = new Plan(nodes.stream().map(node -> node.installed().toPlanned()).toList());
      ExecutorService owned = executor == null ? newPool() : null;
      ExecutorService used = executor == null ? owned : executor;
      Random random = seeded ? new Random(seed) : new SecureRandom();
      return new Kyc4j(EngineState.of(nodes, clock, used, limits, random, log), plan, owned, registry);
    }

    private static ExecutorService newPool() {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory factory = runnable -> {
        Thread thread = new Thread(runnable, "kyc4j-detector-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
      return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), factory);
    }
  }
}
