package org.kyc4j.idn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kyc4j.idn.testing.SyntheticFaces;

/**
 * Face index snapshots: a round trip of either kind of index is lossless, and truncated or corrupt
 * content is rejected with an IOException. QuickTheories prints the seed of any failing run.
 */
class FaceIndexSnapshotProperties {
  /** Shrink attempts on a failure: each example fills, writes and reads an index of up to 700 faces. */
  private static final int SHRINKS = 5_000;

  @Test
  void roundTripIsLosslessForBothKinds() {
    qt().withExamples(30).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(0, 700), booleans().all())
        .checkAssert((seed, faces, exact) -> {
          try {
            assertRoundTripIsLossless(seed, faces, exact);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void assertRoundTripIsLossless(long seed, int faces, boolean exact) throws IOException {
    SyntheticFaces synthetic = new SyntheticFaces(20, seed);
    Random random = new Random(seed);
    FaceIndex index = exact ? FaceIndexes.exact(20) : new FacePartitionedIndex(20, 16, FaceProbe.DEFAULT);
    List<float[]> people = fill(index, faces, synthetic, random);
    byte[] bytes = write(index);
    FaceIndex restored = FaceIndex.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
    assertThat(restored.getClass()).isEqualTo(index.getClass());
    assertThat(restored.size()).isEqualTo(index.size());
    assertThat(restored.dimension()).isEqualTo(20);
    assertThat(restored.bytesUsed()).isLessThanOrEqualTo(index.bytesUsed() + 1024);
    assertThat(write(restored)).isEqualTo(bytes);
    for (int slot = 0; slot < faces; slot++) {
      assertThat(restored.vector(slot)).isEqualTo(index.vector(slot));
      if (index.vector(slot) != null) {
        assertThat(restored.epochSecond(slot)).isEqualTo(index.epochSecond(slot));
      }
    }
    for (int q = 0; q < 10 && !people.isEmpty(); q++) {
      float[] query = synthetic.capture(people.get(random.nextInt(people.size())));
      float threshold = 0.6f + 0.3f * random.nextFloat();
      assertThat(FaceIndexProperties.search(restored, query, threshold, 0, 40))
          .isEqualTo(FaceIndexProperties.search(index, query, threshold, 0, 40));
    }
    int cut = random.nextInt(bytes.length);
    byte[] truncated = Arrays.copyOf(bytes, cut);
    assertThatThrownBy(() -> FaceIndex.readFrom(new DataInputStream(new ByteArrayInputStream(truncated))))
        .isInstanceOf(IOException.class);
  }

  /** Adds {@code faces} captures of random people (removing a random slot now and then); returns the people. */
  private static List<float[]> fill(FaceIndex index, int faces, SyntheticFaces synthetic, Random random) {
    List<float[]> people = new ArrayList<>();
    for (int slot = 0; slot < faces; slot++) {
      if (people.isEmpty() || random.nextInt(3) == 0) {
        people.add(synthetic.identity());
      }
      index.add(slot, synthetic.capture(people.get(random.nextInt(people.size()))), random.nextInt(50));
      if (random.nextInt(4) == 0) {
        index.remove(random.nextInt(slot + 1));
      }
    }
    return people;
  }

  @Test
  void corruptContentIsRejectedWithAnIoException() {
    qt().withExamples(30).withShrinkCycles(SHRINKS).forAll(longs().all()).checkAssert(seed -> {
      try {
        assertCorruptContentIsRejected(seed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void assertCorruptContentIsRejected(long seed) throws IOException {
    SyntheticFaces synthetic = new SyntheticFaces(8, seed);
    FaceIndex index = FaceIndexes.exact(8);
    for (int slot = 0; slot < 3; slot++) {
      index.add(slot, synthetic.identity(), slot);
    }
    byte[] bytes = write(index);
    byte[] badKind = bytes.clone();
    badKind[0] = 'X';
    byte[] duplicateSlot = bytes.clone();
    int record = 1 + 4 + 4;
    int recordLength = 4 + 8 + 8;
    System.arraycopy(bytes, record, duplicateSlot, record + recordLength, 4);
    byte[] timeOutOfOrder = bytes.clone();
    timeOutOfOrder[record + 4] = (byte) 0x7f;
    for (byte[] corrupt : List.of(badKind, duplicateSlot, timeOutOfOrder)) {
      assertThatThrownBy(() -> FaceIndex.readFrom(new DataInputStream(new ByteArrayInputStream(corrupt))))
          .isInstanceOf(IOException.class);
    }
  }

  private static byte[] write(FaceIndex index) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    index.writeTo(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }
}
