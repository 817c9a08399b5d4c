package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.ServiceLevel;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MutableClock;

/** Liveness challenges through the engine: issued, named by a request, consumed once, on the board. */
class ChallengeTest {
  private static final ProductConfig OPEN = ProductConfig.parse("liveness=CLOSED,docAntiSpoof=CLOSED,risk=CLOSED,"
      + "faceMatch=CLOSED");

  /** Returns a detector that reads the challenge on the board into {@code seen}. */
  private static DetectorProvider reader(AtomicReference<Challenge> seen) {
    return TestDetector.builder("test.challenge", Stage.LIVENESS).uses(Keys.CHALLENGE).body(context -> {
      seen.set(context.find(Keys.CHALLENGE).orElse(null));
      return Finding.pass("test.challenge", Stage.LIVENESS);
    }).build().provider();
  }

  @Test
  void aNamedChallengeIsConsumedOnceAndItsActionsGoOnTheBoard() {
    AtomicReference<Challenge> seen = new AtomicReference<>();
    try (Kyc4j engine = Fixtures.engine().addProvider(reader(seen)).build()) {
      Challenge challenge = engine.challenge(ProductConfig.parse("actions=MOUTHOPEN+HEADRAISE"));
      assertThat(challenge.expiresAt()).isEqualTo(Fixtures.T0.plus(EngineLimits.DEFAULT.challengeTtl()));
      Decision first = engine.verify(Fixtures.realId("tx-1").config(OPEN).challenge(challenge).build());
      assertThat(first.status()).isEqualTo(Decision.Status.SUCCESS);
      assertThat(seen.get()).isEqualTo(challenge);
      seen.set(null);
      Decision replay = engine.verify(Fixtures.realId("tx-2").config(OPEN).challenge(challenge).build());
      assertRefused(replay, challenge.id());
      assertThat(seen.get()).as("no detector runs").isNull();
    }
  }

  @Test
  void aRequestWithoutAChallengeHasNoneOnTheBoard() {
    AtomicReference<Challenge> seen = new AtomicReference<>(null);
    try (Kyc4j engine = Fixtures.engine().addProvider(reader(seen)).build()) {
      assertThat(engine.verify(Fixtures.realId("tx-1", OPEN)).status()).isEqualTo(Decision.Status.SUCCESS);
      assertThat(seen.get()).isNull();
    }
  }

  @Test
  void theChallengesActionsWinOverTheRequestsConfig() {
    AtomicReference<Challenge> seen = new AtomicReference<>();
    try (Kyc4j engine = Fixtures.engine().addProvider(reader(seen)).build()) {
      Challenge challenge = engine.challenge(ServiceLevel.REALID0003.config());
      engine.verify(Fixtures.realId("tx-1").config(OPEN).challenge(challenge.id()).build());
      assertThat(seen.get().actions()).isEqualTo(challenge.actions()).hasSize(2);
      assertThat(OPEN.actions()).containsExactly(Action.FACEBLINK);
    }
  }

  @Test
  void anUnknownOrExpiredChallengeIsAFailureBeforeAnyDetector() {
    MutableClock clock = new MutableClock(Fixtures.T0);
    AtomicReference<Challenge> seen = new AtomicReference<>();
    EngineLimits limits = EngineLimits.DEFAULT.withChallenges(Duration.ofSeconds(30), 10);
    try (Kyc4j engine = Fixtures.engine().clock(clock).limits(limits).addProvider(reader(seen)).build()) {
      String unknown = "00000000000000000000000000000000";
      assertRefused(engine.verify(Fixtures.realId("tx-1").config(OPEN).challenge(unknown).build()), unknown);
      Challenge challenge = engine.challenge(ProductConfig.DEFAULT);
      clock.advance(Duration.ofSeconds(30));
      assertRefused(engine.verify(Fixtures.realId("tx-2").config(OPEN).challenge(challenge).build()), challenge.id());
      assertThat(seen.get()).isNull();
    }
  }

  @Test
  void aVelocityRefusalLeavesTheChallengeOpenAndAnInvalidChallengeIsNoAttack() {
    Subject attacker = Subject.builder().userId("u-1").build();
    TestDetector spoof = TestDetector.builder("spoof", Stage.LIVENESS).check(Check.LIVENESS)
        .body(ctx -> Finding.fail("spoof", Stage.LIVENESS, ReasonCode.SPOOF_DETECTED, "printed photo")).build();
    try (Kyc4j engine = Fixtures.engine().addProvider(spoof.provider()).build()) {
      String unknown = "00000000000000000000000000000000";
      for (int i = 0; i < 10; i++) {
        assertRefused(engine.verify(Fixtures.realId("tx-u" + i).subject(attacker).challenge(unknown).build()), unknown);
      }
      for (int i = 0; i < 5; i++) {
        engine.verify(Fixtures.realId("tx-" + i, attacker));
      }
      Challenge challenge = engine.challenge(ProductConfig.DEFAULT);
      Decision refused = engine.verify(Fixtures.realId("tx-5").subject(attacker).challenge(challenge).build());
      assertThat(refused.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.VELOCITY_LIMITED);
      Decision other = engine.verify(Fixtures.realId("tx-6").challenge(challenge).build());
      assertThat(other.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SPOOF_DETECTED);
    }
  }

  @Test
  void ofEightConcurrentVerificationsOfOneChallengeExactlyOneGetsIt() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (Kyc4j engine = Fixtures.engine().build()) {
      for (int round = 0; round < 20; round++) {
        Challenge challenge = engine.challenge(ProductConfig.DEFAULT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Decision>> decisions = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          VerificationRequest request = Fixtures.realId("tx-" + round + "-" + t).config(OPEN).challenge(challenge)
              .build();
          decisions.add(callers.submit(() -> {
            start.await();
            return engine.verify(request);
          }));
        }
        start.countDown();
        int refused = 0;
        for (Future<Decision> decision : decisions) {
          refused += decision.get().reasons().stream().anyMatch(r -> r.code() == ReasonCode.CHALLENGE_INVALID) ? 1 : 0;
        }
        assertThat(refused).as("round %s", round).isEqualTo(7);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aSeededEngineRepeatsItsChallengesAndAnUnseededOneDoesNot() {
    ProductConfig config = ServiceLevel.FACECAPTURE0003.config();
    try (Kyc4j a = Fixtures.engine().seed(5).build(); Kyc4j b = Fixtures.engine().seed(5).build();
        Kyc4j c = Fixtures.engine().build(); Kyc4j d = Fixtures.engine().build()) {
      assertThat(a.challenge(config)).isEqualTo(b.challenge(config));
      assertThat(c.challenge(config).id()).isNotEqualTo(d.challenge(config).id());
    }
  }

  @Test
  void badCallsAreRejected() {
    Kyc4j engine = Fixtures.engine().build();
    assertThatThrownBy(() -> engine.challenge(null)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("config");
    assertThatThrownBy(() -> engine.challenge(ProductConfig.parse("actions=NONE")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("config.actions");
    engine.close();
    assertThatThrownBy(() -> engine.challenge(ProductConfig.DEFAULT)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyTheEngineProvidesTheChallenge() {
    DetectorProvider forger = TestDetector.builder("test.forger", Stage.FACE).provides(Keys.CHALLENGE).build()
        .provider();
    assertThatThrownBy(() -> Fixtures.engine().addProvider(forger).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'challenge' is an engine input");
  }

  @Test
  void theChallengeLimitsAreValidated() {
    EngineLimits limits = EngineLimits.DEFAULT;
    assertThat(limits.challengeTtl()).isEqualTo(Duration.ofMinutes(2));
    assertThat(limits.maxOpenChallenges()).isEqualTo(100_000);
    assertThat(new EngineLimits(1, 1, Duration.ofSeconds(1), 1).challengeTtl()).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> limits.withChallenges(Duration.ofMillis(999), 1)).hasMessageContaining("challengeTtl");
    assertThatThrownBy(() -> limits.withChallenges(Duration.ofHours(2), 1)).hasMessageContaining("challengeTtl");
    assertThatThrownBy(() -> limits.withChallenges(null, 1)).hasMessageContaining("challengeTtl");
    assertThatThrownBy(() -> limits.withChallenges(Duration.ofMinutes(1), 0)).hasMessageContaining("maxOpenChallenges");
  }

  private static void assertRefused(Decision decision, String id) {
    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(decision.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.CHALLENGE_INVALID);
      assertThat(reason.message()).contains(id);
    });
    assertThat(decision.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.detectorId()).isEqualTo("engine.challenge");
      assertThat(finding.evidence()).containsEntry("challengeId", id);
    });
  }
}
