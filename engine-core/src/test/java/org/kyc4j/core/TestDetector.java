package org.kyc4j.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;

/** A configurable detector for engine tests; counts its detect and afterDecision calls. Thread-safe. */
final class TestDetector implements Detector {
  private final String id;
  private final Stage stage;
  private final Set<Key<?>> requires;
  private final Set<Key<?>> uses;
  private final Set<Key<?>> provides;
  private final ProductConfig.Check check;
  private final Set<Product> products;
  private final Predicate<OperationMode> runsIn;
  private final Function<DetectionContext, Finding> body;
  private final BiConsumer<DetectionContext, Decision> after;
  final AtomicInteger detectCalls = new AtomicInteger();
  final AtomicInteger afterCalls = new AtomicInteger();

  private TestDetector(Builder b) {
    id = b.id;
    stage = b.stage;
    requires = Set.copyOf(b.requires);
    uses = Set.copyOf(b.uses);
    provides = Set.copyOf(b.provides);
    check = b.check;
    products = b.products;
    runsIn = b.runsIn;
    body = b.body != null ? b.body : ctx -> Finding.pass(id, stage);
    after = b.after;
  }

  static Builder builder(String id, Stage stage) {
    return new Builder(id, stage);
  }

  /** Returns a provider with the detector's id that returns this detector. */
  DetectorProvider provider() {
    TestDetector self = this;
    return new DetectorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Detector create(EngineSettings settings) {
        return self;
      }
    };
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public Set<Key<?>> requires() {
    return requires;
  }

  @Override
  public Set<Key<?>> uses() {
    return uses;
  }

  @Override
  public Set<Key<?>> provides() {
    return provides;
  }

  @Override
  public ProductConfig.Check check() {
    return check;
  }

  @Override
  public Set<Product> products() {
    return products;
  }

  @Override
  public boolean runsIn(OperationMode mode) {
    return runsIn.test(mode);
  }

  @Override
  public Finding detect(DetectionContext context) {
    detectCalls.incrementAndGet();
    return body.apply(context);
  }

  @Override
  public void afterDecision(DetectionContext context, Decision decision) {
    afterCalls.incrementAndGet();
    after.accept(context, decision);
  }

  /** A builder of test detectors. */
  static final class Builder {
    private final String id;
    private final Stage stage;
    private List<Key<?>> requires = List.of();
    private List<Key<?>> uses = List.of();
    private List<Key<?>> provides = List.of();
    private ProductConfig.Check check = ProductConfig.Check.ALWAYS;
    private Set<Product> products = EnumSet.allOf(Product.class);
    private Predicate<OperationMode> runsIn = mode -> true;
    private Function<DetectionContext, Finding> body;
    private BiConsumer<DetectionContext, Decision> after = (ctx, decision) -> {};

    private Builder(String id, Stage stage) {
      this.id = id;
      this.stage = stage;
    }

    Builder requires(Key<?>... keys) {
      requires = List.of(keys);
      return this;
    }

    Builder uses(Key<?>... keys) {
      uses = List.of(keys);
      return this;
    }

    Builder provides(Key<?>... keys) {
      provides = List.of(keys);
      return this;
    }

    Builder check(ProductConfig.Check check) {
      this.check = check;
      return this;
    }

    Builder products(Product first, Product... rest) {
      products = EnumSet.of(first, rest);
      return this;
    }

    Builder runsIn(Predicate<OperationMode> runsIn) {
      this.runsIn = runsIn;
      return this;
    }

    Builder body(Function<DetectionContext, Finding> body) {
      this.body = body;
      return this;
    }

    Builder after(BiConsumer<DetectionContext, Decision> after) {
      this.after = after;
      return this;
    }

    TestDetector build() {
      return new TestDetector(this);
    }
  }
}
