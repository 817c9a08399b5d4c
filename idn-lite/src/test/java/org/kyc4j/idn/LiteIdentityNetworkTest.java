package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;
import org.kyc4j.spi.IdentityRecord;

/** Management of the network: add, replace, delete, retrieve, expiry, windows, eviction and the builder. */
class LiteIdentityNetworkTest {
  private static final LocalDate DOB = LocalDate.of(1990, 5, 17);
  private final Faces faces = new Faces(128, 11);
  private final LiteIdentityNetwork network = LiteIdentityNetwork.builder()
      .clock(Clock.fixed(Rec.T0.plus(Duration.ofDays(10)), ZoneOffset.UTC)).build();

  private static TimeWindow all() {
    return new TimeWindow(Instant.MIN, Instant.MAX);
  }

  @Test
  void storesFacesAtUnitLengthAndRetrievesEveryField() {
    float[] face = faces.identity();
    float[] doubled = face.clone();
    for (int i = 0; i < doubled.length; i++) {
      doubled[i] *= 2;
    }
    float[] background = new float[48];
    background[3] = 0.5f;
    IdentityRecord record = Rec.of("t1").user("u1").id("PASSPORT", "X1").person("Anna Berg", DOB).face(doubled)
        .background(background).device("d1").at(Rec.T0.plusNanos(123)).build();
    network.add(record);
    IdentityRecord back = network.retrieve("t1").orElseThrow();
    assertThat(back.userId()).isEqualTo("u1");
    assertThat(back.documentTypeCode()).isEqualTo("PASSPORT");
    assertThat(back.idNumber()).isEqualTo("X1");
    assertThat(back.name()).isEqualTo("Anna Berg");
    assertThat(back.dateOfBirth()).isEqualTo(DOB);
    assertThat(back.deviceId()).isEqualTo("d1");
    assertThat(back.time()).isEqualTo(Rec.T0.plusNanos(123));
    assertThat(Faces.dot(back.faceEmbedding(), back.faceEmbedding())).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(Faces.dot(back.faceEmbedding(), face)).isGreaterThan(0.99);
    assertThat(back.backgroundSignature()).hasSize(48);
    assertThat(back.backgroundSignature()[3]).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(0.003f));
  }

  @Test
  void sameTransactionReplaces() {
    network.add(Rec.of("t1").user("u1").id("PASSPORT", "X1").build());
    network.add(Rec.of("t1").user("u2").id("PASSPORT", "X2").build());
    assertThat(network.size()).isEqualTo(1);
    assertThat(network.recordsByIdNumber("X1", all())).isEmpty();
    assertThat(network.recordsByUser("u2", all())).extracting(IdentityRecord::transactionId).containsExactly("t1");
    assertThat(network.stats().internedStrings()).as("interned strings: u2, PASSPORT, X2").isEqualTo(3);
  }

  @Test
  void deletesRemoveFromEveryStructure() {
    float[] face = faces.identity();
    for (int i = 0; i < 6; i++) {
      network.add(Rec.of("t" + i).user(i < 4 ? "u1" : "u2").id("PASSPORT", "X" + (i % 2)).person("Anna Berg", DOB)
          .face(faces.capture(face)).background(new float[48]).device("d").hours(i).build());
    }
    assertThat(network.deleteTransaction("t4")).isTrue();
    assertThat(network.deleteTransaction("t4")).isFalse();
    assertThat(network.deleteUser("u1")).isEqualTo(4);
    assertThat(network.deleteUser("u1")).isZero();
    assertThat(network.size()).isEqualTo(1);
    assertThat(network.similarFaces(face, 0.5, all())).extracting(m -> m.record().transactionId())
        .containsExactly("t5");
    assertThat(network.recordsByPerson("anna berg", DOB, all())).extracting(IdentityRecord::transactionId)
        .containsExactly("t5");
    assertThat(network.deleteTransaction("t5")).isTrue();
    NetworkStats empty = network.stats();
    assertThat(List.of(empty.records(), empty.faces(), empty.backgrounds(), empty.internedStrings()))
        .containsExactly(0, 0, 0, 0);
    assertThat(empty.indexEntries()).isZero();
    assertThat(network.similarFaces(face, -1, all())).isEmpty();
    assertThat(network.recordsByIdNumber("X0", all())).isEmpty();
    assertThat(network.retrieve("t0")).isEmpty();
  }

  @Test
  void deleteUserKeepsSharedStringsOfOtherUsers() {
    network.add(Rec.of("a").user("u1").id("PASSPORT", "X1").build());
    network.add(Rec.of("b").user("u2").id("PASSPORT", "X1").build());
    network.deleteUser("u1");
    assertThat(network.recordsByIdNumber("x-1", all())).extracting(IdentityRecord::transactionId).containsExactly("b");
    assertThat(network.stats().internedStrings()).as("u2, PASSPORT, X1").isEqualTo(3);
  }

  @Test
  void expiryRemovesOnlyOlderRecords() {
    for (int i = 0; i < 5; i++) {
      network.add(Rec.of("t" + i).user("u").face(faces.identity()).hours(24L * i).build());
    }
    assertThat(network.expireBefore(Rec.T0.plus(Duration.ofDays(2)))).isEqualTo(2);
    assertThat(network.size()).isEqualTo(3);
    assertThat(network.recordsByUser("u", all())).extracting(IdentityRecord::transactionId)
        .containsExactly("t2", "t3", "t4");
    assertThat(network.stats().faces()).isEqualTo(3);
  }

  @Test
  void expiryByAgeReadsTheClock() {
    network.add(Rec.of("old").user("u").at(Rec.T0.plus(Duration.ofDays(2))).build());
    network.add(Rec.of("new").user("u").at(Rec.T0.plus(Duration.ofDays(4))).build());
    assertThat(network.expireOlderThan(Duration.ofDays(7))).isEqualTo(1);
    assertThat(network.retrieve("new")).isPresent();
    assertThat(network.expireOlderThan(Duration.ofDays(36500 * 10000L))).isZero();
  }

  @Test
  void windowEndsAreIncludedAndEverythingOutsideIsNot() {
    Instant now = Rec.T0.plus(Duration.ofDays(10));
    network.add(Rec.of("before").user("u").at(now.minus(Duration.ofDays(30)).minusNanos(1)).build());
    network.add(Rec.of("first").user("u").at(now.minus(Duration.ofDays(30))).build());
    network.add(Rec.of("last").user("u").at(now).build());
    network.add(Rec.of("future").user("u").at(now.plusNanos(1)).build());
    assertThat(network.recordsByUser("u", network.window())).extracting(IdentityRecord::transactionId)
        .containsExactly("first", "last");
    assertThat(network.recordsByUser("u", TimeWindow.last(Duration.ZERO, now)))
        .extracting(IdentityRecord::transactionId).containsExactly("last");
  }

  @Test
  void faceSearchHonoursTheWindow() {
    float[] face = faces.identity();
    network.add(Rec.of("old").face(face).hours(0).build());
    network.add(Rec.of("new").face(face).hours(48).build());
    TimeWindow window = new TimeWindow(Rec.T0.plusSeconds(3600), Rec.T0.plusSeconds(48 * 3600));
    assertThat(network.similarFaces(face, 0.9, window)).extracting(m -> m.record().transactionId())
        .containsExactly("new");
  }

  @Test
  void fullNetworkEvictsTheOldestRecord() {
    LiteIdentityNetwork small = LiteIdentityNetwork.builder().maxRecords(3).build();
    for (int i = 0; i < 3; i++) {
      small.add(Rec.of("t" + i).user("u").face(faces.identity()).hours(10 + i).build());
    }
    small.add(Rec.of("t3").user("u").face(faces.identity()).hours(20).build());
    small.add(Rec.of("ancient").user("u").face(faces.identity()).hours(0).build());
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.stats().evicted()).isEqualTo(2);
    assertThat(small.recordsByUser("u", all())).extracting(IdentityRecord::transactionId)
        .containsExactly("t1", "t2", "t3");
    assertThat(small.stats().faces()).isEqualTo(3);
  }

  @Test
  void rejectsRecordsThatDoNotFitAndStaysUnchanged() {
    network.add(Rec.of("t1").user("u").build());
    assertThatThrownBy(() -> network.add(Rec.of("t1").face(new float[64]).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 values").hasMessageContaining("128");
    assertThatThrownBy(() -> network.add(Rec.of("t1").face(new float[128]).build()))
        .hasMessageContaining("norm");
    float[] background = new float[48];
    background[7] = 1.5f;
    assertThatThrownBy(() -> network.add(Rec.of("t1").background(background).build()))
        .hasMessageContaining("backgroundSignature[7] is 1.5");
    assertThatThrownBy(() -> network.add(Rec.of("t1").user("u".repeat(1025)).build()))
        .hasMessageContaining("userId has 1025 characters");
    assertThat(network.retrieve("t1").orElseThrow().userId()).isEqualTo("u");
    assertThat(network.size()).isEqualTo(1);
  }

  @Test
  void builderChecksEachValueAndRefusesSettingTwice() {
    assertThatThrownBy(() -> LiteIdentityNetwork.builder().faceDimension(0))
        .hasMessageContaining("faceDimension 0; allowed: 1..4096");
    assertThatThrownBy(() -> LiteIdentityNetwork.builder().maxRecords(5).maxRecords(6))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxRecords was already set to 5");
    assertThatThrownBy(() -> LiteIdentityNetwork.builder().faceThresholds(Level.CLOSED, new FaceThresholds(0.9, 0.8)))
        .hasMessageContaining("CLOSED");
    assertThatThrownBy(() -> new FaceThresholds(0.8, 0.9)).hasMessageContaining("clearlyDifferent threshold 0.9");
    assertThatThrownBy(() -> LiteIdentityNetwork.builder()
        .faceThresholds(Level.STRICT, new FaceThresholds(0.95, 0.85)).build()).hasMessageContaining("not ordered");
    assertThatThrownBy(() -> LiteIdentityNetwork.builder().defaultWindow(Duration.ZERO))
        .hasMessageContaining("positive");
  }

  @Test
  void defaultsAreDocumented() {
    LiteIdentityNetwork defaults = LiteIdentityNetwork.builder().build();
    assertThat(defaults.faceDimension()).isEqualTo(128);
    assertThat(defaults.defaultWindow()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.maxRecords()).isEqualTo(1_000_000);
    assertThat(defaults.faceThresholds(Level.STANDARD)).isEqualTo(new FaceThresholds(0.945, 0.90));
    assertThat(defaults.faceMatchThresholds().at(Level.STRICT)).isEqualTo(0.935);
    assertThat(List.of(defaults.faceThresholds(Level.LOOSE).match(), defaults.faceThresholds(Level.STRICT).match()))
        .containsExactly(0.955, 0.935);
  }
}
