package org.kyc4j.cli;

import java.util.Random;

/**
 * The seeded randomness of randomised tests: the seed comes from the system property
 * {@code kyc4j.test.seed} when set (to reproduce a failure), else from the clock, and is printed.
 */
final class Seeds {
  private Seeds() {}

  /** Returns a seeded source for {@code test} and prints its seed. */
  static Random random(String test) {
    long seed = Long.getLong("kyc4j.test.seed", System.nanoTime());
    System.out.println(test + " seed " + seed + " (rerun with -Dkyc4j.test.seed=" + seed + ")");
    return new Random(seed);
  }

  /** Returns a string of up to {@code maxLength} characters drawn from {@code alphabet}. */
  static String string(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
