package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/** Proves that {@link DetectorContract} fails for detectors that break its rules. */
class DetectorContractSelfTest {
  private static final String BROKEN_ID = "broken";

  /** A contract over one detector whose detect is {@code body}; not run by JUnit itself. */
  private static final class Broken extends DetectorContract {
    private final Function<DetectionContext, Finding> body;
    private final ProductConfig.Check check;

    Broken(ProductConfig.Check check, Function<DetectionContext, Finding> body) {
      this.body = body;
      this.check = check;
    }

    @Override
    protected DetectorProvider provider() {
      return new DetectorProvider() {
        @Override
        public String id() {
          return BROKEN_ID;
        }

        @Override
        public Detector create(EngineSettings settings) {
          return new SampleDetectors.Base(BROKEN_ID, Set.of(Keys.IMAGES), Set.of()) {
            @Override
            public ProductConfig.Check check() {
              return check;
            }

            @Override
            public Finding detect(DetectionContext context) {
              return body.apply(context);
            }
          };
        }
      };
    }

    @Override
    protected List<VerificationRequest> requests() {
      VerificationRequest request = SampleDetectors.faceCapture("only", TestImages.gradient(8, 8));
      ProductConfig config = ProductConfig.builder().liveness(Level.CLOSED).build();
      return List.of(VerificationRequest.builder("closed", request.product()).requestedAt(request.requestedAt())
          .frames(request.frames()).config(config).build(), request);
    }
  }

  private static void assertFails(Broken contract, ThrowingCallable test) {
    try {
      assertThatThrownBy(test).isInstanceOf(AssertionError.class);
    } finally {
      contract.closeEngine();
    }
  }

  @Test
  void aWellBehavedDetectorPasses() {
    Broken fine = new Broken(ProductConfig.Check.ALWAYS, ctx -> {
      ctx.get(Keys.IMAGES);
      return Finding.pass(BROKEN_ID, Stage.FACE);
    });
    assertThatCode(() -> {
      fine.idIsValid();
      fine.runsWithoutError();
      fine.declaredKeysAreHonoured();
      fine.deterministic();
      fine.threadSafe();
      fine.everyNonPassFindingHasReason();
      fine.findingNamesTheDetector();
    }).doesNotThrowAnyException();
    fine.closeEngine();
  }

  @Test
  void anUndeclaredWriteFails() {
    Key<String> undeclared = Key.of("broken.extra", String.class);
    Broken contract = new Broken(ProductConfig.Check.ALWAYS, ctx -> {
      ctx.put(undeclared, "x");
      return Finding.pass(BROKEN_ID, Stage.FACE);
    });
    assertFails(contract, contract::declaredKeysAreHonoured);
  }

  @Test
  void aNondeterministicDetectorFails() {
    AtomicInteger calls = new AtomicInteger();
    Broken contract = new Broken(ProductConfig.Check.ALWAYS,
        ctx -> Finding.pass(BROKEN_ID, Stage.FACE, calls.incrementAndGet(), 0, Map.of()));
    assertFails(contract, contract::deterministic);
  }

  @Test
  void aFindingOfAnotherStageFails() {
    Broken contract = new Broken(ProductConfig.Check.ALWAYS, ctx -> Finding.pass(BROKEN_ID, Stage.MATCH));
    assertFails(contract, contract::findingNamesTheDetector);
  }

  @Test
  void acceptingNullFails() {
    Broken contract = new Broken(ProductConfig.Check.ALWAYS, ctx -> Finding.pass(BROKEN_ID, Stage.FACE));
    assertFails(contract, contract::detectNullThrowsNullPointerException);
  }

  @Test
  void aReasonNamingAnotherDetectorFails() {
    Broken contract = new Broken(ProductConfig.Check.ALWAYS, ctx -> new Finding(BROKEN_ID, Stage.FACE, Outcome.FAIL,
        Double.NaN, Double.NaN, new Reason(ReasonCode.NO_FACE, "someone-else", "no face"), Map.of()));
    assertFails(contract, contract::everyNonPassFindingHasReason);
  }

  @Test
  void aDetectorThatNeverRunsFails() {
    Broken contract = new Broken(ProductConfig.Check.ANTI_INJECTION, ctx -> Finding.pass(BROKEN_ID, Stage.FACE));
    assertFails(contract, contract::runsWithoutError);
  }

  @Test
  void aThrowingDetectorFails() {
    Broken contract = new Broken(ProductConfig.Check.ALWAYS, ctx -> {
      throw new IllegalStateException("broken on purpose");
    });
    assertFails(contract, contract::runsWithoutError);
  }
}
