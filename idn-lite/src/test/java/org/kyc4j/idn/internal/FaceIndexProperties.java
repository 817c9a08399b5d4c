package org.kyc4j.idn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.idn.testing.SyntheticFaces;

/**
 * The partitioned face index against the exact one under random operations, and its recall on
 * clustered faces. QuickTheories prints the seed of any failing run.
 */
class FaceIndexProperties {
  private static final int DIMENSION = 24;
  /** Shrink attempts on a failure: each example runs 400 operations on two indexes. */
  private static final int SHRINKS = 5_000;

  @Test
  void randomOperationsGiveTheExactAnswersWhenEveryPartitionIsProbed() {
    qt().withExamples(40).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(2, 40))
        .checkAssert((seed, splitSize) -> {
          FaceIndex partitioned = new FacePartitionedIndex(DIMENSION, splitSize, FaceProbe.ALL);
          FaceIndex exact = FaceIndexes.exact(DIMENSION);
          run(seed, 400, partitioned, exact, true);
        });
  }

  @Test
  void partialProbesReportOnlyTrueMatchesWithTheExactSimilarity() {
    qt().withExamples(40).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(2, 40))
        .checkAssert((seed, splitSize) -> {
          FaceIndex partitioned = new FacePartitionedIndex(DIMENSION, splitSize, new FaceProbe(0.08, 0, 0.5f));
          FaceIndex exact = FaceIndexes.exact(DIMENSION);
          run(seed, 400, partitioned, exact, false);
        });
  }

  /** Runs random adds, removes (present and absent slots) and searches on both indexes, comparing them. */
  private static void run(long seed, int operations, FaceIndex tested, FaceIndex reference, boolean equal) {
    Random random = new Random(seed);
    SyntheticFaces faces = new SyntheticFaces(DIMENSION, seed);
    List<float[]> people = new ArrayList<>();
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < operations; i++) {
      int action = random.nextInt(10);
      if (action < 6 || people.isEmpty()) {
        if (people.isEmpty() || random.nextInt(3) == 0) {
          people.add(faces.identity());
        }
        int slot = random.nextInt(1000);
        if (!present.contains(slot)) {
          float[] face = faces.capture(people.get(random.nextInt(people.size())));
          long time = random.nextInt(100);
          tested.add(slot, face, time);
          reference.add(slot, face, time);
          present.add(slot);
        }
      } else if (action < 8) {
        int slot = random.nextBoolean() && !present.isEmpty() ? present.get(random.nextInt(present.size())) : 1000 + i;
        assertThat(tested.remove(slot)).isEqualTo(reference.remove(slot));
        present.remove((Integer) slot);
      } else {
        float[] query = faces.capture(people.get(random.nextInt(people.size())));
        float threshold = 0.5f + 0.49f * random.nextFloat();
        long from = random.nextInt(100);
        long to = from + random.nextInt(60) - 10;
        Map<Integer, Float> got = search(tested, query, threshold, from, to);
        Map<Integer, Float> want = search(reference, query, threshold, from, to);
        if (equal) {
          assertThat(got).isEqualTo(want);
        } else {
          assertThat(want).containsAllEntriesOf(got);
        }
      }
      assertThat(tested.size()).isEqualTo(reference.size()).isEqualTo(present.size());
    }
    for (int slot : present) {
      assertThat(tested.vector(slot)).isEqualTo(reference.vector(slot));
      assertThat(tested.epochSecond(slot)).isEqualTo(reference.epochSecond(slot));
    }
  }

  @Test
  void findsAtLeast99PercentOfTheMatchesOfClusteredFaces() {
    long seed = 20240611L;
    System.out.println("FaceIndexProperties recall seed " + seed);
    SyntheticFaces faces = new SyntheticFaces(128, seed);
    Random random = new Random(seed);
    FaceIndex partitioned = FaceIndexes.create(128);
    FaceIndex exact = FaceIndexes.exact(128);
    List<float[]> people = new ArrayList<>();
    for (int slot = 0; slot < 20_000; ) {
      float[] person = faces.identity();
      people.add(person);
      for (int c = 1 + random.nextInt(3); c > 0 && slot < 20_000; c--, slot++) {
        float[] face = faces.capture(person);
        partitioned.add(slot, face, slot);
        exact.add(slot, face, slot);
      }
    }
    float threshold = SyntheticFaces.matchThreshold();
    int found = 0;
    int truth = 0;
    for (int q = 0; q < 1000; q++) {
      float[] query = faces.capture(people.get(random.nextInt(people.size())));
      Map<Integer, Float> got = search(partitioned, query, threshold, 0, Long.MAX_VALUE);
      Map<Integer, Float> want = search(exact, query, threshold, 0, Long.MAX_VALUE);
      assertThat(want).containsAllEntriesOf(got);
      found += got.size();
      truth += want.size();
    }
    System.out.printf("FaceIndexProperties recall %d/%d%n", found, truth);
    assertThat(truth).isGreaterThan(1000);
    assertThat(found).isGreaterThanOrEqualTo((int) Math.ceil(0.99 * truth));
  }

  static Map<Integer, Float> search(FaceIndex index, float[] query, float threshold, long from, long to) {
    Map<Integer, Float> found = new HashMap<>();
    index.search(query, threshold, from, to, (slot, similarity) -> assertThat(found.put(slot, similarity)).isNull());
    return found;
  }
}
