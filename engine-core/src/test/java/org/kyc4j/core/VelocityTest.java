package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.testing.MutableClock;

/** Velocity control: attacks are counted after the decision and refused before any detector. */
class VelocityTest {
  private static final Subject ATTACKER = Subject.builder().userId("u-1").build();
  private static final Subject DEVICE = Subject.builder().deviceId("d-1").idNumber("X123").build();

  private static TestDetector spoof() {
    return TestDetector.builder("spoof", Stage.LIVENESS).check(Check.LIVENESS)
        .body(ctx -> Finding.fail("spoof", Stage.LIVENESS, ReasonCode.SPOOF_DETECTED, "printed photo")).build();
  }

  @Test
  void fiveAttackFailuresRefuseTheSixthBeforeDetectorsRunUntilTheCooldownEnds() {
    MutableClock clock = new MutableClock(Fixtures.T0);
    TestDetector spoof = spoof();
    try (Kyc4j engine = Fixtures.engine().clock(clock).addProvider(spoof.provider()).build()) {
      for (int i = 0; i < 5; i++) {
        clock.advance(Duration.ofSeconds(10));
        Decision decision = engine.verify(Fixtures.realId("tx-" + i, ATTACKER));
        assertThat(decision.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SPOOF_DETECTED);
      }
      Decision refused = engine.verify(Fixtures.realId("tx-5", ATTACKER));
      assertThat(refused.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(refused.reasons()).singleElement().satisfies(reason -> {
        assertThat(reason.code()).isEqualTo(ReasonCode.VELOCITY_LIMITED);
        assertThat(reason.message()).contains("userId '***'", Fixtures.T0.plusSeconds(50).plus(Duration.ofMinutes(30))
            .toString()).doesNotContain("u-1");
      });
      assertThat(spoof.detectCalls).hasValue(5);
      Decision otherUser = engine.verify(Fixtures.realId("tx-6", Subject.builder().userId("u-2").build()));
      assertThat(otherUser.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SPOOF_DETECTED);
      clock.advance(Duration.ofMinutes(31));
      Decision later = engine.verify(Fixtures.realId("tx-7", ATTACKER));
      assertThat(later.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SPOOF_DETECTED);
    }
  }

  @Test
  void deviceAndIdNumberKeysAreCountedToo() {
    TestDetector spoof = spoof();
    try (Kyc4j engine = Fixtures.engine().addProvider(spoof.provider()).build()) {
      for (int i = 0; i < 5; i++) {
        engine.verify(Fixtures.realId("tx-" + i, DEVICE));
      }
      Subject sameDevice = Subject.builder().deviceId("d-1").build();
      assertThat(engine.verify(Fixtures.realId("tx-5", sameDevice)).reasons()).singleElement()
          .satisfies(reason -> assertThat(reason.message()).contains("deviceId '***'").doesNotContain("d-1"));
      Subject sameIdNumber = Subject.builder().idNumber("X123").userId("fresh").build();
      assertThat(engine.verify(Fixtures.realId("tx-6", sameIdNumber)).reasons()).singleElement()
          .satisfies(reason -> assertThat(reason.message()).contains("idNumber '***'").doesNotContain("X123"));
      assertThat(spoof.detectCalls).hasValue(5);
    }
  }

  @Test
  void attemptsOutsideTheWindowDoNotCount() {
    MutableClock clock = new MutableClock(Fixtures.T0);
    try (Kyc4j engine = Fixtures.engine().clock(clock).addProvider(spoof().provider()).build()) {
      for (int i = 0; i < 10; i++) {
        clock.advance(Duration.ofMinutes(1));
        Decision decision = engine.verify(Fixtures.realId("tx-" + i, ATTACKER));
        assertThat(decision.reasons()).as("attempt %d", i).extracting(r -> r.code())
            .containsExactly(ReasonCode.SPOOF_DETECTED);
      }
    }
  }

  @Test
  void velocityIsOffWhenTheModeOrTheRiskLevelSaysSo() {
    for (ProductConfig config : new ProductConfig[] {
        ProductConfig.builder().operationMode(OperationMode.STANDARD_VC_CLOSED).build(),
        ProductConfig.builder().risk(org.kyc4j.api.Level.CLOSED).build()}) {
      try (Kyc4j engine = Fixtures.engine().addProvider(spoof().provider()).build()) {
        for (int i = 0; i < 7; i++) {
          Decision decision = engine.verify(Fixtures.realId("tx-" + i).subject(ATTACKER).config(config).build());
          assertThat(decision.reasons()).extracting(r -> r.code()).contains(ReasonCode.SPOOF_DETECTED);
        }
      }
    }
  }

  @Test
  void nonAttackFailuresAreNotCounted() {
    TestDetector blur = TestDetector.builder("blur", Stage.DOCUMENT)
        .body(ctx -> Finding.fail("blur", Stage.DOCUMENT, ReasonCode.DOC_BLURRED, "variance 3.1")).build();
    try (Kyc4j engine = Fixtures.engine().addProvider(blur.provider()).build()) {
      for (int i = 0; i < 7; i++) {
        assertThat(engine.verify(Fixtures.realId("tx-" + i, ATTACKER)).reasons()).extracting(r -> r.code())
            .containsExactly(ReasonCode.DOC_BLURRED);
      }
    }
  }

  @Test
  void pendingFakeIdAndTamperingAreAttacksToo() {
    TestDetector fake = TestDetector.builder("fake", Stage.RISK).check(Check.RISK).body(ctx -> Finding.of("fake",
        Stage.RISK, Outcome.FAIL, ReasonCode.IDN_FAKE_ID, "same face, other id", 0.9, 0.8, java.util.Map.of()))
        .build();
    TestDetector tamper = TestDetector.builder("tamper", Stage.DOCUMENT).check(Check.DOCUMENT_ANTI_SPOOF)
        .body(ctx -> Finding.of("tamper", Stage.DOCUMENT, Outcome.REVIEW, ReasonCode.DOC_TAMPERED, "font mismatch",
            Double.NaN, Double.NaN, java.util.Map.of())).build();
    for (TestDetector attack : new TestDetector[] {fake, tamper}) {
      try (Kyc4j engine = Fixtures.engine().addProvider(attack.provider()).build()) {
        for (int i = 0; i < 5; i++) {
          Decision decision = engine.verify(Fixtures.realId("tx-" + i, ATTACKER));
          assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
        }
        assertThat(engine.verify(Fixtures.realId("tx-5", ATTACKER)).reasons()).extracting(r -> r.code())
            .containsExactly(ReasonCode.VELOCITY_LIMITED);
      }
    }
  }
}
