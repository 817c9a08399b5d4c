package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * Plans of random detector graphs: acyclic ones respect every key, cyclic ones are rejected.
 * QuickTheories prints the seed of any failing run.
 */
class PlanProperties {
  /** Shrink attempts on a failure: each example builds one or two engines. */
  private static final int SHRINKS = 5_000;

  /** A random acyclic graph: detector i requires only keys of detectors earlier in a hidden order. */
  private static List<Spec> acyclic(int n, long seed) {
    Random random = new Random(seed);
    List<Spec> specs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Spec spec = new Spec("d" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + i,
          Stage.values()[random.nextInt(Stage.values().length)]);
      int keys = random.nextInt(3);
      for (int k = 0; k < keys; k++) {
        spec.provides.add(Key.of("k" + i + "x" + k, String.class));
      }
      for (Spec earlier : specs) {
        for (Key<?> key : earlier.provides) {
          if (random.nextInt(3) == 0) {
            spec.requires.add(key);
          }
        }
      }
      if (random.nextBoolean()) {
        spec.requires.add(Keys.IMAGES);
      }
      specs.add(spec);
    }
    Collections.shuffle(specs, random);
    return specs;
  }

  private static Kyc4j build(List<Spec> specs) {
    Kyc4j.Builder builder = Fixtures.engine();
    specs.forEach(spec -> builder.addProvider(spec.detector().provider()));
    return builder.build();
  }

  @Test
  void everyDetectorRunsAfterTheProvidersOfItsKeys() {
    qt().withExamples(150).withShrinkCycles(SHRINKS).forAll(integers().between(1, 14), longs().all())
        .checkAssert(PlanProperties::assertPlanRespectsEveryKey);
  }

  private static void assertPlanRespectsEveryKey(int n, long seed) {
    List<Spec> specs = acyclic(n, seed);
    Map<String, String> providerOfKey = new HashMap<>();
    specs.forEach(spec -> spec.provides.forEach(key -> providerOfKey.put(key.name(), spec.id)));
    try (Kyc4j engine = build(specs)) {
      List<PlannedDetector> plan = engine.plan().detectors();
      assertThat(plan).hasSize(n);
      List<String> order = plan.stream().map(PlannedDetector::id).toList();
      for (PlannedDetector d : plan) {
        for (String key : d.requires()) {
          if (providerOfKey.containsKey(key)) {
            assertThat(order.indexOf(providerOfKey.get(key))).as("%s before %s", key, d.id())
                .isLessThan(order.indexOf(d.id()));
          }
        }
      }
      List<Spec> reversed = new ArrayList<>(specs);
      Collections.reverse(reversed);
      try (Kyc4j again = build(reversed)) {
        assertThat(again.plan()).as("plan independent of registration order").isEqualTo(engine.plan());
      }
    }
  }

  @Test
  void graphsWithACycleAreRejectedNamingAKeyOfTheCycle() {
    qt().withExamples(150).withShrinkCycles(SHRINKS)
        .forAll(integers().between(1, 14), longs().all(), integers().between(1, 4))
        .checkAssert(PlanProperties::assertCycleIsRejected);
  }

  private static void assertCycleIsRejected(int n, long seed, int cycleLength) {
    List<Spec> specs = acyclic(n, seed);
    Random random = new Random(~seed);
    List<Spec> cycle = new ArrayList<>(specs);
    Collections.shuffle(cycle, random);
    cycle = cycle.subList(0, Math.min(cycleLength, n));
    for (int i = 0; i < cycle.size(); i++) {
      Key<String> key = Key.of("cyc" + i, String.class);
      cycle.get(i).provides.add(key);
      cycle.get((i + 1) % cycle.size()).requires.add(key);
    }
    assertThatThrownBy(() -> build(specs)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has a cycle").message().matches("(?s).*-\\[[^]]*\\bcyc\\d+.*");
  }

  /** A mutable description of one test detector. */
  private static final class Spec {
    final String id;
    final Stage stage;
    final Set<Key<?>> requires = new LinkedHashSet<>();
    final Set<Key<?>> provides = new LinkedHashSet<>();

    Spec(String id, Stage stage) {
      this.id = id;
      this.stage = stage;
    }

    TestDetector detector() {
      return TestDetector.builder(id, stage).requires(requires.toArray(Key<?>[]::new))
          .provides(provides.toArray(Key<?>[]::new)).build();
    }
  }
}
