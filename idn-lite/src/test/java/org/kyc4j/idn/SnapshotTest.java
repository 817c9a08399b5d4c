package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots: a bad snapshot is rejected with a message naming the problem and leaves the network as it was. */
class SnapshotTest {
  private static final long SEED = 424242L;
  private final Faces faces = new Faces(128, SEED);
  private LiteIdentityNetwork source;
  private LiteIdentityNetwork target;
  private byte[] snapshot;
  private byte[] targetBefore;

  @BeforeEach
  void fill() {
    System.out.println("SnapshotTest seed " + SEED);
    source = LiteIdentityNetwork.builder().build();
    for (int i = 0; i < 4; i++) {
      float[] background = new float[48];
      Arrays.fill(background, i / 4f);
      source.add(Rec.of("s" + i).user("u" + i).id("PASSPORT", "S" + i).person("Sam Snap", LocalDate.of(1970, 1, 1 + i))
          .face(i == 2 ? null : faces.identity()).background(i == 1 ? null : background).device("d").hours(i).build());
    }
    snapshot = Snapshots.of(source);
    target = LiteIdentityNetwork.builder().build();
    target.add(Rec.of("kept").user("k").id("PASSPORT", "K1").face(faces.identity()).build());
    targetBefore = Snapshots.of(target);
  }

  private void assertRejected(byte[] bad, String message) {
    assertThatThrownBy(() -> target.readFrom(new ByteArrayInputStream(bad))).isInstanceOf(IOException.class)
        .hasMessageContaining(message);
    assertThat(Snapshots.of(target)).as("the network after a rejected snapshot").isEqualTo(targetBefore);
    assertThat(target.retrieve("kept")).isPresent();
  }

  @Test
  void validSnapshotReplacesTheContentAndKeepsWorking() throws IOException {
    target.readFrom(new ByteArrayInputStream(snapshot));
    assertThat(target.size()).isEqualTo(4);
    assertThat(target.retrieve("kept")).isEmpty();
    assertThat(Snapshots.of(target)).isEqualTo(snapshot);
    target.add(Rec.of("after").user("u0").face(faces.identity()).hours(9).build());
    target.deleteTransaction("s0");
    assertThat(target.size()).isEqualTo(4);
    assertThat(target.stats().faces()).as("faces").isEqualTo(3);
  }

  @Test
  void everyFlippedByteIsRejected() {
    for (int i = 0; i < snapshot.length; i++) {
      byte[] bad = snapshot.clone();
      bad[i] ^= (byte) (1 << (i % 8));
      assertRejected(bad, "snapshot");
    }
  }

  @Test
  void everyTruncationIsRejected() {
    for (int length = 0; length < snapshot.length; length++) {
      assertRejected(Arrays.copyOf(snapshot, length), "snapshot");
    }
    assertRejected(Arrays.copyOf(snapshot, snapshot.length - 3), "truncated");
  }

  @Test
  void otherFormatVersionIsRejected() {
    byte[] bad = snapshot.clone();
    ByteBuffer.wrap(bad).putInt(8, 2);
    assertRejected(bad, "snapshot format version 2 is not supported; this build reads version 1");
  }

  @Test
  void otherMagicIsRejected() {
    byte[] bad = snapshot.clone();
    bad[0] = 'X';
    assertRejected(bad, "not an identity network snapshot");
  }

  @Test
  void hugeRecordCountIsRejectedBeforeAllocating() {
    byte[] bad = snapshot.clone();
    ByteBuffer.wrap(bad).putInt(20, Integer.MAX_VALUE);
    assertRejected(bad, "snapshot holds 2147483647 records; allowed: 0..1000000");
  }

  @Test
  void checksumMismatchIsNamed() {
    byte[] bad = snapshot.clone();
    bad[bad.length - 1] ^= 1;
    assertRejected(bad, "checksum mismatch");
  }

  @Test
  void snapshotOfAnotherShapeIsRejected() {
    LiteIdentityNetwork small = LiteIdentityNetwork.builder().faceDimension(64).build();
    assertThatThrownBy(() -> small.readFrom(new ByteArrayInputStream(snapshot)))
        .hasMessageContaining("faces of 128").hasMessageContaining("stores 64");
    LiteIdentityNetwork tiny = LiteIdentityNetwork.builder().maxRecords(3).build();
    assertThatThrownBy(() -> tiny.readFrom(new ByteArrayInputStream(snapshot)))
        .hasMessageContaining("holds 4 records; allowed: 0..3");
  }

  @Test
  void randomGarbageIsRejected() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 50; i++) {
      byte[] garbage = new byte[random.nextInt(1, 400)];
      for (int j = 0; j < garbage.length; j++) {
        garbage[j] = (byte) random.nextInt();
      }
      System.arraycopy(snapshot, 0, garbage, 0, Math.min(garbage.length, 12 + random.nextInt(20)));
      assertRejected(garbage, "snapshot");
    }
  }
}
