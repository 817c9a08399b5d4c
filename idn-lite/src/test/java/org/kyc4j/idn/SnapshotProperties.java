package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.IdentityRecord;

/**
 * A snapshot round trip is lossless: every record as retrieve() gave it, the same answers, the same
 * bytes. QuickTheories prints the seed of any failing run.
 */
class SnapshotProperties {
  /** Shrink attempts on a failure: each example builds, writes and reads a network. */
  private static final int SHRINKS = 5_000;

  @Test
  void roundTripIsLossless() {
    qt().withExamples(100).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, count) -> {
          try {
            assertRoundTripIsLossless(seed, count);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void assertRoundTripIsLossless(long seed, int count) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Faces faces = new Faces(128, seed);
    LiteIdentityNetwork network = LiteIdentityNetwork.builder().build();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      network.add(randomRecord("t" + i, random, faces));
      ids.add("t" + i);
      if (random.nextInt(5) == 0) {
        network.deleteTransaction("t" + random.nextInt(i + 1));
      }
    }
    List<IdentityRecord> before = ids.stream().map(id -> network.retrieve(id).orElse(null)).toList();
    byte[] bytes = Snapshots.of(network);
    LiteIdentityNetwork copy = LiteIdentityNetwork.builder().build();
    copy.readFrom(new ByteArrayInputStream(bytes));
    assertThat(copy.size()).isEqualTo(network.size());
    assertThat(ids.stream().map(id -> copy.retrieve(id).orElse(null)).toList()).isEqualTo(before);
    assertThat(Snapshots.of(copy)).isEqualTo(bytes);
    IdentityRecord probe = randomRecord("probe", random, faces);
    assertThat(copy.assess(probe, Rec.T0.plusSeconds(3600 * 24), Duration.ofDays(30), 1))
        .isEqualTo(network.assess(probe, Rec.T0.plusSeconds(3600 * 24), Duration.ofDays(30), 1));
  }

  static IdentityRecord randomRecord(String id, SplittableRandom random, Faces faces) {
    Rec r = Rec.of(id).at(Rec.T0.plusSeconds(random.nextLong(0, 86_400)).plusNanos(random.nextInt(1_000_000_000)));
    if (random.nextBoolean()) {
      r.user("u" + random.nextInt(4));
    }
    if (random.nextBoolean()) {
      r.id(random.nextBoolean() ? "PASSPORT" : null, "N" + random.nextInt(4));
    }
    if (random.nextBoolean()) {
      r.person("Näme " + random.nextInt(3), LocalDate.of(1980, 1, 1 + random.nextInt(3)));
    }
    if (random.nextBoolean()) {
      r.face(faces.identity());
    }
    if (random.nextBoolean()) {
      float[] background = new float[48];
      for (int i = 0; i < background.length; i++) {
        background[i] = (float) random.nextDouble();
      }
      r.background(background);
    }
    if (random.nextBoolean()) {
      r.device("dev-" + random.nextInt(3));
    }
    return r.build();
  }
}
