package org.kyc4j.core.internal;

import org.kyc4j.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VelocityRule;

class VelocityControlTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private static final VelocityRule RULE = VelocityRule.DEFAULT;

  private final MutableClock clock = new MutableClock(START);
  private final VelocityControl control = new VelocityControl(clock, 10_000);

  private static Subject user(String userId) {
    return Subject.builder().userId(userId).build();
  }

  private void record(Subject subject, int times, Duration apart) {
    for (int i = 0; i < times; i++) {
      if (i > 0) {
        clock.advance(apart);
      }
      control.recordAttack(subject, RULE);
    }
  }

  @Test
  void refusesForTheCooldownAfterFiveAttemptsInThreeMinutes() {
    Subject alice = user("alice");
    record(alice, 4, Duration.ofSeconds(40));
    assertThat(control.refusal(alice, RULE)).isEmpty();
    clock.advance(Duration.ofSeconds(19));
    control.recordAttack(alice, RULE);
    Instant fifth = clock.instant();
    Optional<VelocityRefusal> refusal = control.refusal(alice, RULE);
    assertThat(refusal).contains(new VelocityRefusal("userId", "alice", fifth.plus(Duration.ofMinutes(30)), 5));
  }

  @Test
  void aRefusalOutlivesSizePressureFromOtherKeysUntilItsCooldownEnds() {
    VelocityControl small = new VelocityControl(clock, 10);
    Subject attacker = Subject.builder().deviceId("device-attacker").build();
    for (int i = 0; i < RULE.maxAttempts(); i++) {
      small.recordAttack(attacker, RULE);
    }
    Instant until = small.refusal(attacker, RULE).orElseThrow().until();
    for (int i = 0; i < 40; i++) {
      clock.advance(Duration.ofSeconds(1));
      small.recordAttack(Subject.builder().deviceId("rotating-" + i).build(), RULE);
    }
    assertThat(small.refusal(attacker, RULE)).as("refused after 40 other keys filled a store of 10").isPresent();
    assertThat(small.trackedKeys()).as("counted keys stay bounded").isLessThanOrEqualTo(10 + 1);
    clock.advance(Duration.between(clock.instant(), until));
    assertThat(small.refusal(attacker, RULE)).isEmpty();
  }

  @Test
  void refusalEndsExactlyAtItsUntilInstant() {
    Subject bob = user("bob");
    record(bob, 5, Duration.ofSeconds(1));
    Instant until = control.refusal(bob, RULE).orElseThrow().until();
    clock.advance(Duration.between(clock.instant(), until).minusNanos(1));
    assertThat(control.refusal(bob, RULE)).isPresent();
    clock.advance(Duration.ofNanos(1));
    assertThat(control.refusal(bob, RULE)).isEmpty();
  }

  @Test
  void attemptsOutsideTheWindowDoNotCount() {
    Subject carol = user("carol");
    record(carol, 4, Duration.ofSeconds(30));
    clock.advance(Duration.ofMinutes(3).minusSeconds(90));
    control.recordAttack(carol, RULE);
    assertThat(control.refusal(carol, RULE)).as("first attempt left the window exactly 3 minutes after it").isEmpty();
    control.recordAttack(carol, RULE);
    assertThat(control.refusal(carol, RULE)).map(VelocityRefusal::attempts).contains(5);
  }

  @Test
  void keepsKeyKindsApartAndRefusesASubjectByAnyOfItsKeys() {
    Subject byUser = Subject.builder().userId("same").build();
    Subject byDevice = Subject.builder().deviceId("same").build();
    Subject byIdNumber = Subject.builder().idNumber("same").build();
    record(byUser, 4, Duration.ofSeconds(1));
    record(byDevice, 4, Duration.ofSeconds(1));
    record(byIdNumber, 4, Duration.ofSeconds(1));
    assertThat(control.refusal(byUser, RULE)).isEmpty();
    control.recordAttack(byDevice, RULE);
    assertThat(control.refusal(byDevice, RULE)).map(VelocityRefusal::keyKind).contains("deviceId");
    assertThat(control.refusal(byUser, RULE)).isEmpty();
    assertThat(control.refusal(byIdNumber, RULE)).isEmpty();
    Subject applicant = Subject.builder().userId("other").deviceId("same").idNumber("123").build();
    assertThat(control.refusal(applicant, RULE)).map(VelocityRefusal::keyValue).contains("same");
  }

  @Test
  void reportsTheRefusalEndingLatest() {
    Subject device = Subject.builder().deviceId("phone").build();
    record(device, 5, Duration.ofSeconds(1));
    clock.advance(Duration.ofMinutes(5));
    Subject id = Subject.builder().idNumber("X1").build();
    record(id, 5, Duration.ofSeconds(1));
    Subject both = Subject.builder().deviceId("phone").idNumber("X1").build();
    assertThat(control.refusal(both, RULE)).map(VelocityRefusal::keyKind).contains("idNumber");
  }

  @Test
  void neverCountsNorRefusesASubjectWithoutKeys() {
    for (int i = 0; i < 10; i++) {
      control.recordAttack(Subject.ANONYMOUS, RULE);
    }
    assertThat(control.refusal(Subject.ANONYMOUS, RULE)).isEmpty();
    assertThat(control.trackedKeys()).isZero();
  }

  @Test
  void countsConcurrentAttemptsFromEightThreadsExactly() throws Exception {
    VelocityRule thousand = new VelocityRule(1000, Duration.ofMinutes(1), Duration.ofMinutes(1));
    Subject target = user("target");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 124; i++) {
            control.recordAttack(target, thousand);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < 7; i++) {
      control.recordAttack(target, thousand);
    }
    assertThat(control.refusal(target, thousand)).as("999 attempts").isEmpty();
    control.recordAttack(target, thousand);
    assertThat(control.refusal(target, thousand)).map(VelocityRefusal::attempts).contains(1000);
  }

  @Test
  void boundsTheNumberOfTrackedKeys() {
    VelocityControl small = new VelocityControl(clock, 100);
    for (int i = 0; i < 1_000; i++) {
      small.recordAttack(user("u" + i), RULE);
    }
    assertThat(small.trackedKeys()).isLessThanOrEqualTo(100);
  }

  @Test
  void forgetsKeysAfterTheirWindowAndCooldownFollowingTheClock() {
    record(user("quiet"), 2, Duration.ofSeconds(1));
    record(user("loud"), 5, Duration.ofSeconds(1));
    assertThat(control.trackedKeys()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(3));
    assertThat(control.trackedKeys()).as("the quiet key left its window").isEqualTo(1);
    clock.advance(Duration.ofMinutes(27));
    assertThat(control.trackedKeys()).as("the loud key's cooldown ended").isZero();
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> new VelocityControl(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VelocityControl(clock, 0)).hasMessageContaining("maxTrackedKeys 0");
    assertThatThrownBy(() -> control.recordAttack(null, RULE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> control.refusal(user("x"), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new VelocityRefusal("email", "x", START, 1)).hasMessageContaining("email");
  }
}
