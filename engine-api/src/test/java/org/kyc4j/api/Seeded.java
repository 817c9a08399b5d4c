package org.kyc4j.api;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Our own seeded property runner (STYLE.md, convention 9): tries a property on generated values,
 * prints the run's seed, and on a failure names the seed of the failing try, which
 * {@code -Dkyc4j.seed=N} replays as the single try of the run.
 */
final class Seeded {
  /** The system property that replays one seed. */
  static final String SEED_PROPERTY = "kyc4j.seed";
  /** How many values a property is tried on when no seed is replayed. */
  static final int TRIES = 400;

  private Seeded() {}

  /** Runs {@code property} on {@link #TRIES} values of {@code generator}, or on the replayed seed's one. */
  static <T> void forAll(String name, Function<SplittableRandom, T> generator, Consumer<T> property) {
    String replay = System.getProperty(SEED_PROPERTY);
    long base = replay != null ? Long.parseLong(replay.trim()) : new SplittableRandom().nextLong();
    System.out.println(name + ": seed " + base + (replay != null ? " (replayed)" : ""));
    SplittableRandom seeds = new SplittableRandom(base);
    int tries = replay != null ? 1 : TRIES;
    for (int i = 0; i < tries; i++) {
      long seed = i == 0 ? base : seeds.nextLong();
      T value = generator.apply(new SplittableRandom(seed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(name + " failed on try " + i + " for " + value + "; replay with -D" + SEED_PROPERTY
            + "=" + seed, e);
      }
    }
  }

  /** Returns one of the constants, uniformly. */
  @SafeVarargs
  static <T> T oneOf(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
