package org.kyc4j.idn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kyc4j.idn.testing.SyntheticFaces;

class FaceIndexTest {
  private static final float T = SyntheticFaces.matchThreshold();

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("partitioned", (IntFunction<FaceIndex>) FaceIndexes::create),
        Arguments.of("exact", (IntFunction<FaceIndex>) FaceIndexes::exact),
        Arguments.of("tiny partitions", (IntFunction<FaceIndex>) d -> new FacePartitionedIndex(d, 8, FaceProbe.DEFAULT)));
  }

  private static Map<Integer, Float> search(FaceIndex index, float[] query, float threshold, long from, long to) {
    Map<Integer, Float> found = new HashMap<>();
    index.search(query, threshold, from, to, (slot, similarity) -> assertThat(found.put(slot, similarity)).isNull());
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void storesTheQuantisedDirectionAndFindsItself(String kind, IntFunction<FaceIndex> factory) {
    SyntheticFaces faces = new SyntheticFaces(128, 1);
    FaceIndex index = factory.apply(128);
    float[] face = faces.capture(faces.identity());
    float[] scaled = face.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= 3;
    }
    index.add(7, scaled, 1000);
    float[] stored = index.vector(7);
    assertThat(SyntheticFaces.cosine(stored, face)).isGreaterThan(0.9999);
    assertThat(SyntheticFaces.cosine(stored, stored)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(index.epochSecond(7)).isEqualTo(1000);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.dimension()).isEqualTo(128);
    assertThat(search(index, face, 0.999f, 0, 2000)).containsOnlyKeys(7);
    assertThat(search(index, stored, 0.99999f, 0, 2000)).containsOnlyKeys(7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void reportsOnlyFacesInTheInclusiveTimeWindowAndAboveTheThreshold(String kind, IntFunction<FaceIndex> factory) {
    SyntheticFaces faces = new SyntheticFaces(128, 2);
    FaceIndex index = factory.apply(128);
    float[] person = faces.identity();
    float[] probe = faces.capture(person);
    long[] times = {500, 100, 300, 300, 200, 400};
    for (int slot = 0; slot < times.length; slot++) {
      index.add(slot, faces.capture(person), times[slot]);
      index.add(100 + slot, faces.capture(faces.identity(person, 0.84)), times[slot]);
    }
    Map<Integer, Float> all = search(index, probe, -1f, Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(all).hasSize(12);
    Map<Integer, Float> window = search(index, probe, -1f, 200, 300);
    assertThat(window).containsOnlyKeys(2, 3, 4, 102, 103, 104);
    Map<Integer, Float> matches = search(index, probe, 0.9f, 200, 300);
    assertThat(matches).containsOnlyKeys(2, 3, 4);
    matches.forEach((slot, similarity) -> assertThat(similarity).isEqualTo(all.get(slot)));
    assertThat(search(index, probe, 0.9f, 301, 299)).isEmpty();
    assertThat(search(index, probe, 1.01f, Long.MIN_VALUE, Long.MAX_VALUE)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void removeTakesTheFaceOutOfEveryStructureAndFreesItsMemory(String kind, IntFunction<FaceIndex> factory) {
    SyntheticFaces faces = new SyntheticFaces(128, 3);
    FaceIndex index = factory.apply(128);
    long empty = index.bytesUsed();
    float[] person = faces.identity();
    for (int slot = 0; slot < 3000; slot++) {
      index.add(slot, slot % 100 == 0 ? faces.capture(person) : faces.capture(faces.identity()), slot);
    }
    long full = index.bytesUsed();
    assertThat(index.remove(0)).isTrue();
    assertThat(index.remove(0)).isFalse();
    assertThat(index.vector(0)).isNull();
    assertThatThrownBy(() -> index.epochSecond(0)).isInstanceOf(NoSuchElementException.class);
    assertThat(search(index, faces.capture(person), T - 0.05f, 0, 5000)).doesNotContainKey(0).containsKey(100);
    for (int slot = 1; slot < 3000; slot++) {
      assertThat(index.remove(slot)).isTrue();
    }
    assertThat(index.size()).isZero();
    assertThat(search(index, faces.capture(person), -1f, 0, 5000)).isEmpty();
    assertThat(index.bytesUsed()).isLessThan(empty + (full - empty) / 20);
    index.add(0, faces.capture(person), 1);
    assertThat(search(index, faces.capture(person), 0.5f, 0, 5)).containsOnlyKeys(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void keepsWorkingForDimensionsThatAreNotMultiplesOfFour(String kind, IntFunction<FaceIndex> factory) {
    for (int dimension : new int[] {2, 5, 7, 130}) {
      SyntheticFaces faces = new SyntheticFaces(dimension, dimension);
      FaceIndex index = factory.apply(dimension);
      float[] face = faces.identity();
      index.add(1, face, 5);
      index.add(2, faces.identity(), 5);
      assertThat(index.vector(1)).hasSize(dimension);
      assertThat(SyntheticFaces.cosine(index.vector(1), face)).isGreaterThan(0.999);
      assertThat(search(index, face, 0.999f, 5, 5)).containsKey(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsInvalidInput(String kind, IntFunction<FaceIndex> factory) {
    FaceIndex index = factory.apply(4);
    float[] ok = {0.5f, 0.5f, 0.5f, 0.5f};
    index.add(1, ok, 0);
    assertThatThrownBy(() -> index.add(1, ok, 0)).hasMessageContaining("slot 1 is already");
    assertThatThrownBy(() -> index.add(-1, ok, 0)).hasMessageContaining("slot is -1");
    assertThatThrownBy(() -> index.add(2, new float[3], 0)).hasMessageContaining("has 3 values; allowed: 4");
    assertThatThrownBy(() -> index.add(2, new float[4], 0)).hasMessageContaining("zero");
    assertThatThrownBy(() -> index.add(2, new float[] {1, Float.NaN, 0, 0}, 0)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> index.search(new float[4], T, 0, 1, (s, v) -> {})).hasMessageContaining("zero");
    assertThatThrownBy(() -> index.search(ok, Float.NaN, 0, 1, (s, v) -> {})).hasMessageContaining("NaN");
    assertThatThrownBy(() -> index.search(new float[5], T, 0, 1, (s, v) -> {})).hasMessageContaining("5 values");
    assertThatThrownBy(() -> factory.apply(0)).hasMessageContaining("dimension is 0");
    assertThat(index.size()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void outOfOrderTimesStillGiveExactWindows(String kind, IntFunction<FaceIndex> factory) {
    SyntheticFaces faces = new SyntheticFaces(16, 4);
    FaceIndex index = factory.apply(16);
    float[] person = faces.identity();
    for (int slot = 0; slot < 400; slot++) {
      index.add(slot, faces.capture(person), (slot * 7919L) % 400);
    }
    for (long start = 0; start < 400; start += 37) {
      long from = start;
      long to = from + 50;
      Map<Integer, Float> found = search(index, person, -1f, from, to);
      assertThat(found.keySet()).allSatisfy(slot -> assertThat(index.epochSecond(slot)).isBetween(from, to));
      assertThat(found).hasSize((int) (Math.min(399, to) - from + 1));
    }
  }

  @org.junit.jupiter.api.Test
  void partitionsSplitAsTheIndexGrowsAndVanishWhenEmptied() {
    SyntheticFaces faces = new SyntheticFaces(32, 5);
    FacePartitionedIndex index = new FacePartitionedIndex(32, 64, FaceProbe.DEFAULT);
    for (int slot = 0; slot < 2000; slot++) {
      index.add(slot, faces.capture(faces.identity()), slot);
    }
    assertThat(index.partitionCount()).isBetween(2000 / 64, 2000 / 16);
    for (int slot = 0; slot < 2000; slot++) {
      index.remove(slot);
    }
    assertThat(index.partitionCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void concurrentSearchesGiveTheSequentialAnswers(String kind, IntFunction<FaceIndex> factory) throws Exception {
    SyntheticFaces faces = new SyntheticFaces(64, 6);
    FaceIndex index = factory.apply(64);
    java.util.List<float[]> people = new java.util.ArrayList<>();
    for (int slot = 0; slot < 6000; slot++) {
      if (slot % 2 == 0) {
        people.add(faces.identity());
      }
      index.add(slot, faces.capture(people.get(people.size() - 1)), slot);
    }
    java.util.List<float[]> queries = new java.util.ArrayList<>();
    java.util.List<Map<Integer, Float>> expected = new java.util.ArrayList<>();
    for (int q = 0; q < 100; q++) {
      queries.add(faces.capture(people.get((q * 31) % people.size())));
      expected.add(search(index, queries.get(q), T, 0, Long.MAX_VALUE));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          boolean same = true;
          for (int q = 0; q < queries.size(); q++) {
            same &= search(index, queries.get(q), T, 0, Long.MAX_VALUE).equals(expected.get(q));
          }
          return same;
        }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
