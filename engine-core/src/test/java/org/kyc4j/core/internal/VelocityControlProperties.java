package org.kyc4j.core.internal;

import org.kyc4j.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VelocityRule;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * VelocityControl agrees with a plain reference model of sliding-window counting (every attempt
 * kept, counted afresh) over random sequences of clock moves and recorded attacks by subjects
 * that share keys. QuickTheories prints the seed of any failing run.
 */
class VelocityControlProperties {
  private static final List<Subject> SUBJECTS = List.of(
      Subject.builder().userId("u1").build(),
      Subject.builder().userId("u1").deviceId("d1").build(),
      Subject.builder().deviceId("d1").idNumber("n1").build(),
      Subject.builder().userId("u2").idNumber("n1").build(),
      Subject.builder().deviceId("u1").build(),
      Subject.ANONYMOUS);
  /** Shrink attempts on a failure: each example replays up to 60 steps, probing six subjects after each. */
  private static final int SHRINKS = 5_000;

  /** One step: move the clock by {@code seconds}, then record an attack by {@code subject} if {@code attack}. */
  record Step(int seconds, int subject, boolean attack) {}

  @Test
  void agreesWithTheReferenceModel() {
    qt().withExamples(300).withShrinkCycles(SHRINKS).forAll(rules(), steps())
        .checkAssert(VelocityControlProperties::assertAgreesWithModel);
  }

  private static void assertAgreesWithModel(VelocityRule rule, List<Step> steps) {
    MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    VelocityControl control = new VelocityControl(clock, 1_000);
    ReferenceModel model = new ReferenceModel();
    for (Step step : steps) {
      clock.advance(Duration.ofSeconds(step.seconds()));
      Subject subject = SUBJECTS.get(step.subject());
      if (step.attack()) {
        control.recordAttack(subject, rule);
        model.record(subject, clock.instant(), rule);
      }
      for (Subject probe : SUBJECTS) {
        assertThat(control.refusal(probe, rule)).as("%s at %s", probe, clock.instant())
            .isEqualTo(model.refusal(probe, clock.instant()));
      }
    }
  }

  private static Gen<VelocityRule> rules() {
    return integers().between(1, 6).zip(integers().between(1, 300), integers().between(1, 600),
        (max, window, cooldown) -> new VelocityRule(max, Duration.ofSeconds(window), Duration.ofSeconds(cooldown)));
  }

  private static Gen<List<Step>> steps() {
    Gen<Integer> seconds = Generate.frequency(Pair.of(4, integers().between(0, 5)),
        Pair.of(2, integers().between(0, 120)), Pair.of(1, integers().between(0, 900)));
    Gen<Boolean> attack = Generate.frequency(Pair.of(4, Generate.constant(true)), Pair.of(1, Generate.constant(false)));
    Gen<Step> step = seconds.zip(integers().between(0, SUBJECTS.size() - 1), attack, Step::new);
    return lists().of(step).ofSizeBetween(0, 60);
  }

  /** Keeps every attempt of every key and counts the window afresh on each attempt. */
  private static final class ReferenceModel {
    private final Map<String, List<Instant>> attempts = new HashMap<>();
    private final Map<String, VelocityRefusal> refusals = new HashMap<>();

    void record(Subject subject, Instant now, VelocityRule rule) {
      for (String[] key : keys(subject)) {
        String id = key[0] + "=" + key[1];
        List<Instant> all = attempts.computeIfAbsent(id, k -> new ArrayList<>());
        all.add(now);
        long inWindow = all.stream().filter(t -> Duration.between(t, now).compareTo(rule.window()) < 0).count();
        if (inWindow >= rule.maxAttempts()) {
          Instant until = now.plus(rule.cooldown());
          VelocityRefusal old = refusals.get(id);
          Instant latest = old != null && old.until().isAfter(until) ? old.until() : until;
          refusals.put(id, new VelocityRefusal(key[0], key[1], latest, (int) Math.min(inWindow, rule.maxAttempts())));
        }
      }
    }

    Optional<VelocityRefusal> refusal(Subject subject, Instant now) {
      VelocityRefusal latest = null;
      for (String[] key : keys(subject)) {
        VelocityRefusal refusal = refusals.get(key[0] + "=" + key[1]);
        if (refusal != null && refusal.until().isAfter(now) && (latest == null || refusal.until().isAfter(latest.until()))) {
          latest = refusal;
        }
      }
      return Optional.ofNullable(latest);
    }

    private static List<String[]> keys(Subject subject) {
      List<String[]> keys = new ArrayList<>();
      subject.findUserId().ifPresent(v -> keys.add(new String[] {"userId", v}));
      subject.findIdNumber().ifPresent(v -> keys.add(new String[] {"idNumber", v}));
      subject.findDeviceId().ifPresent(v -> keys.add(new String[] {"deviceId", v}));
      return keys;
    }
  }
}
