package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.FaceRegion;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.idn.testing.SyntheticFaces;
import org.kyc4j.testing.TestImages;

/** The IDN detector in a real engine: fake IDs go to review, closed modes skip it, failures are not recorded. */
class IdnEngineTest {
  static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  static final byte[] DOCUMENT = TestImages.jpeg(TestImages.gradient(64, 40));
  static final byte[] ROOM = TestImages.jpeg(TestImages.gradient(160, 120));
  static final FaceRegion FACE_BOX = new FaceRegion(0, 60, 40, 40, 50);
  /** Only risk control runs: the other checks have no detector here and would be NOT_SUPPORTED. */
  static final ProductConfig RISK_ONLY = ProductConfig.builder().documentAntiSpoof(Level.CLOSED)
      .liveness(Level.CLOSED).faceMatch(Level.CLOSED).build();
  private final SyntheticFaces faces = new SyntheticFaces(128, 99);
  private final float[] alice = faces.identity();
  private final Applicants applicants = new Applicants();
  private LiteIdentityNetwork network;
  private Kyc4j engine;

  @BeforeEach
  void build() {
    network = LiteIdentityNetwork.builder().exactFaceSearch().build();
    engine = Kyc4j.builder().discovery(false).clock(Clock.fixed(NOW, ZoneOffset.UTC)).identityNetwork(network)
        .addProvider(new IdnDetectorProvider()).addProvider(applicants.provider())
        .addProvider(Applicants.lateFailure()).build();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  static VerificationRequest request(String transactionId, Subject subject, ProductConfig config, byte[] frame) {
    return VerificationRequest.builder(transactionId, Product.REAL_ID).subject(subject)
        .document(new DocumentImage(Page.FRONT, DOCUMENT, NOW.minusSeconds(60)))
        .frame(new SelfieFrame(frame, NOW.minusSeconds(30))).config(config).requestedAt(NOW).build();
  }

  static Subject subject(String user, String idNumber, String name) {
    return Subject.builder().userId(user).idNumber(idNumber).name(name).dateOfBirth(LocalDate.of(1990, 1, 1)).build();
  }

  private Decision verify(String tx, Subject subject, float[] face, OperationMode mode) {
    applicants.see(tx, new Applicants.Seen(face, face == null ? null : FACE_BOX, null));
    return engine.verify(request(tx, subject, RISK_ONLY.toBuilder().operationMode(mode).build(), ROOM));
  }

  private static Finding idnFinding(Decision decision) {
    return decision.findings().stream().filter(f -> f.detectorId().equals("idn.identity-network")).findFirst()
        .orElseThrow();
  }

  @Test
  void sameFaceWithAnotherIdNumberIsAFakeIdNamingTheFirstTransaction() {
    Decision first = verify("alice-1", subject("alice", "X1", "Alice A"), alice, OperationMode.STANDARD);
    assertThat(first.status()).as("first %s", first.reasons()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(network.retrieve("alice-1")).isPresent();
    Decision second = verify("mallory-1", subject("mallory", "Y2", "Alice A"), faces.capture(alice),
        OperationMode.STANDARD);
    assertThat(second.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(second.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.IDN_FAKE_ID);
      assertThat(reason.message()).contains("alice-1");
    });
    assertThat(second.risk().hits()).filteredOn(hit -> hit.type() == RiskType.SAME_FACE_DIFFERENT_ID_NUMBER)
        .singleElement().satisfies(hit -> assertThat(hit.transactionIds()).containsExactly("alice-1"));
    assertThat(second.risk().hits()).extracting(RiskHit::type).contains(RiskType.SAME_FACE_DIFFERENT_USER_ID);
    assertThat(idnFinding(second).score()).isGreaterThan(0.945);
    assertThat(network.retrieve("mallory-1")).as("a PENDING is recorded").isPresent();
  }

  @Test
  void operationModeClosingIdnSkipsItAndRecordsNothing() {
    verify("alice-1", subject("alice", "X1", "Alice A"), alice, OperationMode.STANDARD);
    Decision closed = verify("mallory-1", subject("mallory", "Y2", "Mal"), faces.capture(alice),
        OperationMode.STANDARD_IDN_CLOSED);
    assertThat(closed.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(idnFinding(closed).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(network.size()).isEqualTo(1);
  }

  @Test
  void failureIsNotRecorded() {
    verify("alice-1", subject("alice", "X1", "Alice A"), alice, OperationMode.STANDARD);
    Decision failed = verify("fail-1", subject("mallory", "Y2", "Mal"), faces.capture(alice), OperationMode.STANDARD);
    assertThat(failed.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(idnFinding(failed).outcome()).as("IDN ran before the failing check").isEqualTo(Outcome.REVIEW);
    assertThat(network.retrieve("fail-1")).isEmpty();
    assertThat(network.size()).isEqualTo(1);
  }

  @Test
  void withoutAFaceTheIdNumberRisksAreStillChecked() {
    verify("alice-1", subject("alice", "X1", "Alice A"), alice, OperationMode.STANDARD);
    Decision noFace = verify("bob-1", subject("bob", "X 1", "Bob B"), null, OperationMode.STANDARD);
    assertThat(noFace.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(noFace.risk().hits()).extracting(RiskHit::type).containsExactly(RiskType.SAME_ID_DIFFERENT_PERSON);
    assertThat(idnFinding(noFace).evidence().get("face")).contains("face-based risks were not checked");
  }

  @Test
  void documentFieldsWinOverClaims() {
    verify("alice-1", subject("alice", "X1", "Alice A"), alice, OperationMode.STANDARD);
    applicants.see("carol-1", new Applicants.Seen(faces.identity(alice, 0.88), FACE_BOX,
        Map.of("documentNumber", "X1", "surname", "CAROL", "givenNames", "C", "dateOfBirth", "1990-01-01")));
    Decision decision = engine.verify(request("carol-1", subject("carol", "Z9", "Alice A"), RISK_ONLY, ROOM));
    assertThat(decision.risk().hits()).extracting(RiskHit::type)
        .contains(RiskType.SAME_ID_DIFFERENT_FACE, RiskType.SAME_ID_DIFFERENT_PERSON);
    assertThat(idnFinding(decision).evidence()).containsEntry("idNumber", "read from the document")
        .containsEntry("name", "read from the document");
    assertThat(network.retrieve("carol-1").orElseThrow().idNumber()).isEqualTo("X1");
  }

  @Test
  void sameBackgroundWithAnotherFaceIsBatchRegistration() {
    float[] farmer = faces.identity();
    Decision first = verify("farm-1", subject("f1", "F1", "Farm One"), farmer, OperationMode.STANDARD);
    assertThat(idnFinding(first).evidence().get("background")).startsWith("4x4 RGB grid");
    Decision second = verify("farm-2", subject("f2", "F2", "Farm Two"), faces.identity(farmer, 0.88),
        OperationMode.STANDARD);
    assertThat(second.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(second.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.IDN_BATCH_REGISTRATION);
    assertThat(second.risk().hits()).singleElement()
        .satisfies(hit -> assertThat(hit.transactionIds()).containsExactly("farm-1"));
  }

  @Test
  void idnThresholdExceededGoesToReview() {
    ProductConfig one = RISK_ONLY.toBuilder().idnThreshold(1).build();
    applicants.see("share-1", new Applicants.Seen(null, null, null));
    applicants.see("share-2", new Applicants.Seen(null, null, null));
    engine.verify(request("share-1", Subject.builder().userId("s1").idNumber("S1").build(), one, ROOM));
    Decision second = engine.verify(request("share-2", Subject.builder().userId("s2").idNumber("S1").build(), one,
        ROOM));
    assertThat(second.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.IDN_THRESHOLD_EXCEEDED);
  }

  @Test
  void engineWithoutNetworkSaysSoInsteadOfPassing() {
    try (Kyc4j bare = Kyc4j.builder().discovery(false).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .addProvider(new IdnDetectorProvider()).build()) {
      Decision decision = bare.verify(request("t-1", subject("u", "X1", "N"), RISK_ONLY, ROOM));
      assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
      assertThat(idnFinding(decision).outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
      assertThat(idnFinding(decision).reason().message()).contains("no identity network is configured");
    }
  }

  @Test
  void providerIsDiscoveredThroughTheServiceLoader() {
    try (Kyc4j discovered = Kyc4j.builder().identityNetwork(network).build()) {
      assertThat(discovered.plan().detectors()).anySatisfy(d -> assertThat(d.id()).isEqualTo("idn.identity-network"));
    }
  }

  @Test
  void windowPropertyBoundsTheQuery() {
    network.add(Rec.of("two-days-ago").user("alice").id(null, "X1").person("Alice A", LocalDate.of(1990, 1, 1))
        .at(NOW.minus(java.time.Duration.ofDays(2))).build());
    try (Kyc4j dayOnly = Kyc4j.builder().discovery(false).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .identityNetwork(network).property(IdnDetectorProvider.WINDOW_PROPERTY, "P1D")
        .addProvider(new IdnDetectorProvider()).build()) {
      Decision decision = dayOnly.verify(request("bob-1", subject("bob", "X1", "Bob B"), RISK_ONLY, ROOM));
      assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
      assertThat(idnFinding(decision).evidence()).containsEntry("window", "PT24H");
    }
    Decision wide = verify("bob-2", subject("bob", "X1", "Bob B"), null, OperationMode.STANDARD);
    assertThat(wide.risk().hits()).extracting(RiskHit::type).containsExactly(RiskType.SAME_ID_DIFFERENT_PERSON);
    assertThatThrownBy(() -> Kyc4j.builder().discovery(false).property(IdnDetectorProvider.WINDOW_PROPERTY, "soon")
        .addProvider(new IdnDetectorProvider()).build()).hasMessageContaining("idn.window is 'soon'");
  }

  @Test
  void anotherNetworkImplementationIsAssessedWithItsOwnThresholds() {
    network.add(Rec.of("alice-1").user("alice").id(null, "X1").face(alice).at(NOW.minusSeconds(60)).build());
    IdentityNetwork other = new DelegatingNetwork(network);
    try (Kyc4j engineOverOther = Kyc4j.builder().discovery(false).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .identityNetwork(other).addProvider(new IdnDetectorProvider()).addProvider(applicants.provider()).build()) {
      applicants.see("mallory-1", new Applicants.Seen(faces.capture(alice), FACE_BOX, null));
      Decision decision = engineOverOther.verify(request("mallory-1", subject("mallory", "Y2", "Mal"), RISK_ONLY,
          ROOM));
      assertThat(decision.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.IDN_FAKE_ID);
      assertThat(idnFinding(decision).evidence().get("level")).contains("its own thresholds");
      assertThat(network.retrieve("mallory-1")).isPresent();
    }
  }
}
