package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ServiceLevel;
import org.kyc4j.testing.MutableClock;

class OpenChallengesTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(2);
  private final MutableClock clock = new MutableClock(T0);

  private OpenChallenges challenges(int maxOpen) {
    return new OpenChallenges(clock, new SecureRandom(), TTL, maxOpen);
  }

  @Test
  void issuesTheConfiguredActionsInOrderWithAnUnguessableIdAndTheTtl() {
    ProductConfig config = ProductConfig.parse("actions=MOUTHOPEN+FACEBLINK+HEADRAISE");
    Challenge challenge = challenges(10).issue(config);
    assertThat(challenge.actions()).containsExactly(Action.MOUTHOPEN, Action.FACEBLINK, Action.HEADRAISE);
    assertThat(challenge.id()).matches("[0-9a-f]{32}");
    assertThat(challenge.issuedAt()).isEqualTo(T0);
    assertThat(challenge.expiresAt()).isEqualTo(T0.plus(TTL));
    OpenChallenges open = challenges(1_000);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      ids.add(open.issue(config).id());
    }
    assertThat(ids).hasSize(1_000);
  }

  @Test
  void actionRandomShufflesEveryConfiguredAction() {
    ProductConfig config = ProductConfig.parse("actions=FACEBLINK+MOUTHOPEN+HEADSHAKE_LEFT+HEADSHAKE_RIGHT,"
        + "actionRandom=true");
    OpenChallenges open = new OpenChallenges(clock, new Random(42), TTL, 1_000);
    Set<List<Action>> orders = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      List<Action> actions = open.issue(config).actions();
      assertThat(actions).containsExactlyInAnyOrderElementsOf(config.actions());
      orders.add(actions);
    }
    assertThat(orders).as("200 draws of 24 orders").hasSizeGreaterThan(12);
  }

  @Test
  void randomActionCountDrawsThatManyDistinctActions() {
    ProductConfig twoOfSix = ServiceLevel.REALID0003.config();
    OpenChallenges open = new OpenChallenges(clock, new Random(7), TTL, 1_000);
    Set<Action> seen = EnumSet.noneOf(Action.class);
    for (int i = 0; i < 200; i++) {
      List<Action> actions = open.issue(twoOfSix).actions();
      assertThat(actions).hasSize(2).doesNotHaveDuplicates().isSubsetOf(twoOfSix.actions());
      seen.addAll(actions);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(twoOfSix.actions());
  }

  @Test
  void drawnActionsKeepTheConfiguredOrderUnlessActionRandom() {
    ProductConfig config = ProductConfig.parse("actions=HEADRAISE+FACEBLINK+MOUTHOPEN,randomActionCount=2");
    OpenChallenges open = new OpenChallenges(clock, new Random(3), TTL, 1_000);
    for (int i = 0; i < 100; i++) {
      List<Action> actions = open.issue(config).actions();
      assertThat(config.actions().indexOf(actions.get(0))).isLessThan(config.actions().indexOf(actions.get(1)));
    }
  }

  @Test
  void aSeededSourceRepeatsItsChallenges() {
    ProductConfig config = ServiceLevel.FACECAPTURE0003.config();
    OpenChallenges first = new OpenChallenges(clock, new Random(99), TTL, 10);
    OpenChallenges second = new OpenChallenges(clock, new Random(99), TTL, 10);
    for (int i = 0; i < 5; i++) {
      assertThat(first.issue(config)).isEqualTo(second.issue(config));
    }
  }

  @Test
  void aConfigWithoutActionsHasNothingToChallenge() {
    assertThatThrownBy(() -> challenges(10).issue(ProductConfig.parse("actions=NONE")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("config.actions")
        .hasMessageContaining("at least one action");
  }

  @Test
  void aChallengeIsConsumedOnceAndAnUnknownOneNever() {
    OpenChallenges open = challenges(10);
    Challenge challenge = open.issue(ProductConfig.DEFAULT);
    assertThat(open.consume("0123456789abcdef0123456789abcdef")).isEmpty();
    assertThat(open.consume(challenge.id())).contains(challenge);
    assertThat(open.consume(challenge.id())).isEmpty();
    assertThat(open.openCount()).isZero();
  }

  @Test
  void aChallengeExpiresAfterTheTtlOnTheClock() {
    OpenChallenges open = challenges(10);
    Challenge late = open.issue(ProductConfig.DEFAULT);
    Challenge inTime = open.issue(ProductConfig.DEFAULT);
    clock.advance(TTL.minusNanos(1));
    assertThat(open.consume(inTime.id())).contains(inTime);
    clock.advance(Duration.ofNanos(1));
    assertThat(open.consume(late.id())).isEmpty();
    assertThat(open.openCount()).isZero();
  }

  @Test
  void expiredChallengesAreDroppedWhenOthersAreIssued() {
    OpenChallenges open = challenges(100);
    for (int i = 0; i < 50; i++) {
      open.issue(ProductConfig.DEFAULT);
    }
    clock.advance(TTL);
    open.issue(ProductConfig.DEFAULT);
    assertThat(open.openCount()).isEqualTo(1);
  }

  @Test
  void theBoundForgetsTheOldestAndNeverBringsBackAUsedOne() {
    OpenChallenges open = challenges(3);
    Challenge used = open.issue(ProductConfig.DEFAULT);
    assertThat(open.consume(used.id())).contains(used);
    List<Challenge> issued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      issued.add(open.issue(ProductConfig.DEFAULT));
    }
    assertThat(open.openCount()).isEqualTo(3);
    assertThat(open.consume(used.id())).isEmpty();
    assertThat(open.consume(issued.get(0).id())).isEmpty();
    assertThat(open.consume(issued.get(1).id())).isEmpty();
    for (Challenge kept : issued.subList(2, 5)) {
      assertThat(open.consume(kept.id())).contains(kept);
    }
  }

  @Test
  void ofEightThreadsConsumingOneChallengeExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      OpenChallenges open = challenges(1_000);
      for (int round = 0; round < 200; round++) {
        Challenge challenge = open.issue(ProductConfig.DEFAULT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          results.add(pool.submit(() -> {
            start.await();
            return open.consume(challenge.id()).isPresent();
          }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          winners += result.get() ? 1 : 0;
        }
        assertThat(winners).as("round %s", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> new OpenChallenges(clock, new Random(), Duration.ZERO, 1)).hasMessageContaining("ttl");
    assertThatThrownBy(() -> new OpenChallenges(clock, new Random(), TTL, 0)).hasMessageContaining("maxOpen");
  }
}
