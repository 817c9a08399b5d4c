package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.spi.IdentityRecord;

/** The precise semantics of the risk rules: grey zone, missing fields, document types, order and scores. */
class RiskRulesTest {
  private static final Duration WINDOW = Duration.ofDays(30);
  private static final Instant NOW = Rec.T0.plus(Duration.ofDays(5));
  private static final LocalDate DOB = LocalDate.of(1975, 1, 2);
  private final Faces faces = new Faces(128, 5);
  private final float[] face = faces.identity();
  private final LiteIdentityNetwork network = LiteIdentityNetwork.builder().exactFaceSearch().build();

  private List<RiskHit> assess(IdentityRecord probe) {
    return network.assess(probe, NOW, WINDOW, 3);
  }

  private IdentityRecord probe() {
    return Rec.of("probe").user("u").id("PASSPORT", "A1").person("Ann Lee", DOB).face(face).at(NOW).build();
  }

  @Test
  void faceInTheGreyZoneIsNeitherTheSameNorDifferent() {
    network.add(Rec.of("grey").id("PASSPORT", "A1").face(faces.at(face, 0.92)).build());
    network.add(Rec.of("grey-other-id").id("PASSPORT", "B2").face(faces.at(face, 0.92)).build());
    assertThat(assess(probe())).isEmpty();
    network.add(Rec.of("different").id("PASSPORT", "A1").face(faces.at(face, 0.88)).build());
    assertThat(assess(probe())).singleElement().satisfies(hit -> {
      assertThat(hit.type()).isEqualTo(RiskType.SAME_ID_DIFFERENT_FACE);
      assertThat(hit.transactionIds()).containsExactly("different");
      assertThat(hit.score()).isCloseTo(0.88, offset(0.01));
    });
  }

  @Test
  void levelMovesTheFaceThresholds() {
    network.add(Rec.of("t").id("PASSPORT", "B2").face(faces.at(face, 0.94)).build());
    IdentityRecord probe = probe();
    assertThat(network.assess(probe, NOW, WINDOW, 3, Level.STANDARD)).isEmpty();
    assertThat(network.assess(probe, NOW, WINDOW, 3, Level.LOOSE)).isEmpty();
    assertThat(network.assess(probe, NOW, WINDOW, 3, Level.STRICT)).extracting(RiskHit::type)
        .containsExactly(RiskType.SAME_FACE_DIFFERENT_ID_NUMBER);
    assertThatThrownBy(() -> network.assess(probe, NOW, WINDOW, 3, Level.CLOSED)).hasMessageContaining("CLOSED");
  }

  @Test
  void missingFieldsNeverMatchNorDiffer() {
    network.add(Rec.of("bare").face(faces.capture(face)).build());
    network.add(Rec.of("no-face").id("PASSPORT", "A1").user("u").build());
    assertThat(assess(probe())).isEmpty();
    IdentityRecord bareProbe = Rec.of("probe").face(face).at(NOW).build();
    assertThat(assess(bareProbe)).isEmpty();
  }

  @Test
  void anotherDocumentTypeIsADuplicatedIdNotAFakeOne() {
    network.add(Rec.of("card").id("ID_CARD_TD1", "C3").face(faces.capture(face)).build());
    assertThat(assess(probe())).extracting(RiskHit::type).containsExactly(RiskType.SAME_FACE_DIFFERENT_ID_TYPE);
    network.add(Rec.of("untyped").id(null, "D4").face(faces.capture(face)).build());
    assertThat(assess(probe())).extracting(RiskHit::type)
        .containsExactly(RiskType.SAME_FACE_DIFFERENT_ID_NUMBER, RiskType.SAME_FACE_DIFFERENT_ID_TYPE);
  }

  @Test
  void sameIdNumberOfAnotherDocumentTypeIsNotTheSameId() {
    network.add(Rec.of("card").id("ID_CARD_TD1", "A1").face(faces.identity()).person("Bo Ek", DOB).build());
    assertThat(assess(probe())).isEmpty();
  }

  @Test
  void hitsNameTransactionsOldestFirstWithTheBestScore() {
    network.add(Rec.of("b").user("x").face(faces.at(face, 0.97)).hours(30).build());
    network.add(Rec.of("a").user("y").face(faces.at(face, 0.99)).hours(20).build());
    network.add(Rec.of("c").user("z").face(faces.at(face, 0.96)).hours(20).build());
    assertThat(assess(probe())).singleElement().satisfies(hit -> {
      assertThat(hit.type()).isEqualTo(RiskType.SAME_FACE_DIFFERENT_USER_ID);
      assertThat(hit.transactionIds()).containsExactly("a", "c", "b");
      assertThat(hit.score()).isCloseTo(0.99, offset(0.005));
      assertThat(hit.detail()).contains("3 earlier record(s)");
    });
  }

  @Test
  void theProbesOwnTransactionIsIgnored() {
    network.add(Rec.of("probe").user("other").id("PASSPORT", "Z").face(face).build());
    assertThat(assess(probe())).isEmpty();
  }

  @Test
  void idnThresholdCountsDistinctUsersPerIdAndIdsPerUser() {
    for (int i = 0; i < 3; i++) {
      network.add(Rec.of("id-" + i).user("v" + i).id("PASSPORT", "A1").build());
    }
    network.add(Rec.of("dup-user").user("v0").id("PASSPORT", "A1").build());
    assertThat(network.assess(probe(), NOW, WINDOW, 4)).isEmpty();
    assertThat(network.assess(probe(), NOW, WINDOW, 3)).singleElement().satisfies(hit -> {
      assertThat(hit.type()).isEqualTo(RiskType.IDN_THRESHOLD);
      assertThat(hit.score()).isEqualTo(4);
      assertThat(hit.transactionIds()).containsExactlyInAnyOrder("id-0", "id-1", "id-2", "dup-user");
    });
    for (int i = 0; i < 3; i++) {
      network.add(Rec.of("user-" + i).user("u").id(null, "N" + i).build());
    }
    assertThat(network.assess(probe(), NOW, WINDOW, 3)).extracting(RiskHit::detail)
        .anySatisfy(d -> assertThat(d).contains("this user id used 4 distinct ID numbers"));
  }

  @Test
  void batchRegistrationNeedsBothBackgroundsAndClearlyDifferentFaces() {
    float[] background = new float[48];
    for (int i = 0; i < background.length; i++) {
      background[i] = (i % 5) / 5f;
    }
    network.add(Rec.of("same-face").face(faces.capture(face)).background(background).build());
    network.add(Rec.of("no-background").face(faces.identity()).build());
    IdentityRecord withBackground = Rec.of("probe").face(face).background(background).at(NOW).build();
    assertThat(assess(withBackground)).isEmpty();
    network.add(Rec.of("batch").face(faces.identity()).background(background).build());
    assertThat(assess(withBackground)).singleElement().satisfies(hit -> {
      assertThat(hit.type()).isEqualTo(RiskType.SAME_FACE_BACKGROUND_DIFFERENT_FACE);
      assertThat(hit.transactionIds()).containsExactly("batch");
      assertThat(hit.score()).isCloseTo(1.0, offset(1e-6));
    });
    assertThat(assess(Rec.of("probe").face(face).at(NOW).build())).isEmpty();
  }

  @Test
  void probeThatDoesNotFitIsRejected() {
    assertThatThrownBy(() -> assess(Rec.of("p").face(new float[3]).build())).hasMessageContaining("3 values");
    assertThatThrownBy(() -> network.assess(probe(), NOW, WINDOW, 0)).hasMessageContaining("idnThreshold 0");
  }
}
