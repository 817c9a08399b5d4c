package org.kyc4j.core.internal;

import org.kyc4j.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VelocityRule;

/**
 * VelocityControl agrees with a plain reference model of sliding-window counting (every attempt
 * kept, counted afresh) over random sequences of clock moves and recorded attacks by subjects
 * that share keys. jqwik prints the seed of any failing run.
 */
class VelocityControlProperties {
  private static final List<Subject> SUBJECTS = List.of(
      Subject.builder().userId("u1").build(),
      Subject.builder().userId("u1").deviceId("d1").build(),
      Subject.builder().deviceId("d1").idNumber("n1").build(),
      Subject.builder().userId("u2").idNumber("n1").build(),
      Subject.builder().deviceId("u1").build(),
      Subject.ANONYMOUS);

  /** One step: move the clock by {@code seconds}, then record an attack by {@code subject} if {@code attack}. */
  record Step(int seconds, int subject, boolean attack) {}

  @Property(tries = 300)
  void agreesWithTheReferenceModel(@ForAll("rules") VelocityRule rule, @ForAll("steps") List<Step> steps) {
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

  @Provide
  Arbitrary<VelocityRule> rules() {
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 300),
        Arbitraries.integers().between(1, 600))
        .as((max, window, cooldown) -> new VelocityRule(max, Duration.ofSeconds(window), Duration.ofSeconds(cooldown)));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> seconds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 5)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 120)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 900)));
    Arbitrary<Step> step = Combinators.combine(seconds, Arbitraries.integers().between(0, SUBJECTS.size() - 1),
        Arbitraries.frequency(net.jqwik.api.Tuple.of(4, true), net.jqwik.api.Tuple.of(1, false))).as(Step::new);
    return step.list().ofMaxSize(60);
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
