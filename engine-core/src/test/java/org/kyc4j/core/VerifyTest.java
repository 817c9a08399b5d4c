package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.RiskType;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.ImageArtefactList;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.RiskHits;

/** Runs detectors through a real engine: outcomes, skips, errors, timeouts, artefacts, hooks. */
class VerifyTest {
  private static final Key<String> A = Key.of("test.a", String.class);
  private static final ProductConfig ALL_CLOSED = ProductConfig.builder().documentAntiSpoof(Level.CLOSED)
      .liveness(Level.CLOSED).faceMatch(Level.CLOSED).risk(Level.CLOSED).build();

  private static Decision verify(ProductConfig config, TestDetector... detectors) {
    Kyc4j.Builder builder = Fixtures.engine();
    for (TestDetector d : detectors) {
      builder.addProvider(d.provider());
    }
    try (Kyc4j engine = builder.build()) {
      return engine.verify(Fixtures.realId("tx-1", config));
    }
  }

  private static Finding finding(Decision decision, String id) {
    return decision.findings().stream().filter(f -> f.detectorId().equals(id)).findFirst().orElseThrow();
  }

  /** One detector per needed check, each passing. */
  private static TestDetector[] coveringDetectors() {
    return new TestDetector[] {
        TestDetector.builder("doc", Stage.DOCUMENT).check(Check.DOCUMENT_ANTI_SPOOF).build(),
        TestDetector.builder("live", Stage.LIVENESS).check(Check.LIVENESS).build(),
        TestDetector.builder("match", Stage.MATCH).check(Check.FACE_MATCH).build(),
        TestDetector.builder("idn", Stage.RISK).check(Check.RISK).build()};
  }

  @Test
  void allPassingGivesSuccessWithTimingsAndAnEvaluatedRiskSection() {
    TestDetector[] detectors = coveringDetectors();
    Decision decision = verify(ProductConfig.DEFAULT, detectors);
    assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(decision.reasons()).isEmpty();
    assertThat(decision.findings()).extracting(Finding::detectorId).containsExactly("doc", "live", "match", "idn");
    assertThat(decision.timings().detectors()).containsOnlyKeys("doc", "live", "match", "idn");
    assertThat(decision.risk()).isEqualTo(RiskSection.evaluated(List.of()));
    assertThat(decision.decidedAt()).isEqualTo(Fixtures.T0);
    for (TestDetector d : detectors) {
      assertThat(d.afterCalls).hasValue(1);
    }
  }

  @Test
  void aThrowingDetectorBecomesAnErrorAndPending() {
    TestDetector boom = TestDetector.builder("boom", Stage.DOCUMENT).body(ctx -> {
      throw new IllegalStateException("lens cracked");
    }).build();
    Decision decision = verify(ALL_CLOSED, boom);
    Finding finding = finding(decision, "boom");
    assertThat(finding.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DETECTOR_ERROR);
    assertThat(finding.reason().message()).contains("java.lang.IllegalStateException", "lens cracked");
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.reasons()).containsExactly(finding.reason());
    assertThat(boom.afterCalls).hasValue(1);
  }

  @Test
  void aDetectorOverItsTimeoutBecomesAnError() {
    CountDownLatch never = new CountDownLatch(1);
    TestDetector slow = TestDetector.builder("slow", Stage.FACE).provides(A).body(ctx -> {
      try {
        never.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ctx.put(A, "late");
      return Finding.pass("slow", Stage.FACE);
    }).build();
    TestDetector after = TestDetector.builder("after", Stage.MATCH).requires(A).build();
    Decision decision;
    try (Kyc4j engine = Fixtures.engine().limits(new EngineLimits(1_000_000, 1_000_000, Duration.ofMillis(200), 100))
        .addProvider(slow.provider()).addProvider(after.provider()).build()) {
      decision = engine.verify(Fixtures.realId("tx-slow", ALL_CLOSED));
    }
    Finding finding = finding(decision, "slow");
    assertThat(finding.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DETECTOR_TIMEOUT);
    assertThat(finding(decision, "after").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(finding(decision, "after").reason().message()).contains("'test.a' is absent");
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(slow.afterCalls).hasValue(0);
  }

  @Test
  void aFindingOfAnotherDetectorOrStageOrNullBecomesAnError() {
    TestDetector liar = TestDetector.builder("liar", Stage.DOCUMENT).body(ctx -> Finding.pass("other", Stage.DOCUMENT))
        .build();
    TestDetector staged = TestDetector.builder("staged", Stage.DOCUMENT).body(ctx -> Finding.pass("staged", Stage.FACE))
        .build();
    TestDetector none = TestDetector.builder("none", Stage.DOCUMENT).body(ctx -> null).build();
    Decision decision = verify(ALL_CLOSED, liar, staged, none);
    assertThat(finding(decision, "liar").reason().message()).contains("'other'");
    assertThat(finding(decision, "staged").reason().message()).contains("FACE");
    assertThat(finding(decision, "none").reason().message()).contains("null");
    assertThat(decision.findings()).extracting(Finding::outcome).containsOnly(Outcome.ERROR);
  }

  @Test
  void closedLevelProductAndModeSkipWithoutCallingDetect() {
    TestDetector live = TestDetector.builder("live", Stage.LIVENESS).check(Check.LIVENESS).build();
    TestDetector idn = TestDetector.builder("idn", Stage.RISK).check(Check.RISK)
        .runsIn(mode -> mode.idnEnabled()).build();
    TestDetector compareOnly = TestDetector.builder("compare", Stage.MATCH)
        .products(org.kyc4j.api.Product.FACE_COMPARE).build();
    ProductConfig config = ProductConfig.builder().liveness(Level.CLOSED)
        .operationMode(org.kyc4j.api.OperationMode.STANDARD_IDN_CLOSED).build();
    Decision decision = verify(config, live, idn, compareOnly);
    assertThat(finding(decision, "live").reason().message()).contains("LIVENESS", "CLOSED");
    assertThat(finding(decision, "idn").reason().message()).contains("STANDARD_IDN_CLOSED");
    assertThat(finding(decision, "compare").reason().message()).contains("REAL_ID");
    for (String id : List.of("live", "idn", "compare")) {
      assertThat(finding(decision, id).outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(finding(decision, id).reason().code()).isEqualTo(ReasonCode.CHECK_SKIPPED);
    }
    assertThat(live.detectCalls.get() + idn.detectCalls.get() + compareOnly.detectCalls.get()).isZero();
    assertThat(decision.timings().detectors()).isEmpty();
  }

  @Test
  void riskIsSkippedAndEmptyAfterAFinalFailure() {
    TestDetector spoof = TestDetector.builder("spoof", Stage.LIVENESS).check(Check.LIVENESS)
        .body(ctx -> Finding.fail("spoof", Stage.LIVENESS, ReasonCode.SPOOF_DETECTED, "screen moire")).build();
    TestDetector review = TestDetector.builder("match", Stage.MATCH).check(Check.FACE_MATCH).body(ctx ->
        Finding.of("match", Stage.MATCH, Outcome.REVIEW, ReasonCode.FACE_MISMATCH, "0.3", 0.3, 0.5, Map.of())).build();
    TestDetector idn = TestDetector.builder("idn", Stage.RISK).check(Check.RISK).build();
    Decision decision = verify(ProductConfig.DEFAULT, spoof, review, idn);
    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(decision.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SPOOF_DETECTED);
    assertThat(decision.risk()).isEqualTo(RiskSection.EMPTY);
    assertThat(finding(decision, "idn").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(finding(decision, "idn").reason().message()).contains("'spoof'", "SPOOF_DETECTED");
    assertThat(idn.detectCalls).hasValue(0);
  }

  @Test
  void undeclaredKeysAreRefusedByTheContext() {
    Key<String> undeclared = Key.of("test.undeclared", String.class);
    TestDetector reader = TestDetector.builder("reader", Stage.DOCUMENT).body(ctx -> {
      ctx.get(Keys.IMAGES);
      return Finding.pass("reader", Stage.DOCUMENT);
    }).build();
    TestDetector writer = TestDetector.builder("writer", Stage.DOCUMENT).body(ctx -> {
      ctx.put(undeclared, "x");
      return Finding.pass("writer", Stage.DOCUMENT);
    }).build();
    Decision decision = verify(ALL_CLOSED, reader, writer);
    assertThat(finding(decision, "reader").reason().message()).contains("'images'", "does not require");
    assertThat(finding(decision, "writer").reason().message()).contains("'test.undeclared'", "does not provide");
  }

  @Test
  void independentDetectorsRunInParallel() {
    CountDownLatch both = new CountDownLatch(2);
    TestDetector[] detectors = new TestDetector[2];
    for (int i = 0; i < 2; i++) {
      String id = "meet-" + i;
      detectors[i] = TestDetector.builder(id, Stage.DOCUMENT).body(ctx -> {
        both.countDown();
        try {
          return both.await(20, TimeUnit.SECONDS) ? Finding.pass(id, Stage.DOCUMENT)
              : Finding.fail(id, Stage.DOCUMENT, ReasonCode.DOC_NOT_FOUND, "the other detector never ran alongside");
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }).build();
    }
    assertThat(verify(ALL_CLOSED, detectors).status()).isEqualTo(Decision.Status.SUCCESS);
  }

  @Test
  void artefactsAndRiskHitsAreCollectedFromTheBoard() {
    Key<RiskHits> hitsKey = Key.of("test.riskHits", RiskHits.class);
    ImageArtefact face = new ImageArtefact("image/png", 2, 2, new byte[] {1, 2, 3});
    RiskHit hit = new RiskHit(RiskType.SAME_FACE_DIFFERENT_USER_ID, 0.9, List.of("tx-0"), "seen before");
    TestDetector crop = TestDetector.builder("crop", Stage.FACE).requires(Keys.IMAGES)
        .provides(Keys.CROPPED_FACE, Keys.CLOSED_EYE_FRAMES, Keys.DOCUMENT_FIELDS).body(ctx -> {
          DecodedImages images = ctx.get(Keys.IMAGES);
          ctx.put(Keys.CROPPED_FACE, face);
          ctx.put(Keys.CLOSED_EYE_FRAMES, new ImageArtefactList(List.of(face, face)));
          ctx.put(Keys.DOCUMENT_FIELDS, new DocumentFields(Map.of("width", "" + images.frames().get(0).width())));
          return Finding.pass("crop", Stage.FACE);
        }).build();
    TestDetector idn = TestDetector.builder("idn", Stage.RISK).check(Check.RISK).provides(hitsKey).body(ctx -> {
      ctx.put(hitsKey, new RiskHits(List.of(hit)));
      return Finding.of("idn", Stage.RISK, Outcome.FAIL, ReasonCode.IDN_DUPLICATED_ID, "seen", 0.9, 0.8, Map.of());
    }).build();
    Decision decision = verify(ALL_CLOSED.toBuilder().risk(Level.STANDARD).build(), crop, idn);
    assertThat(decision.artefacts().croppedFace()).isEqualTo(face);
    assertThat(decision.artefacts().closedEyeFrames()).containsExactly(face, face);
    assertThat(decision.artefacts().documentFields()).containsEntry("width", "8");
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.risk().hits()).containsExactly(hit);
  }

  @Test
  void aThrowingHookLeavesTheDecisionAsMadeAndSeesIt() {
    Decision[] seen = new Decision[1];
    TestDetector hooked = TestDetector.builder("hooked", Stage.DOCUMENT).after((ctx, decision) -> {
      seen[0] = decision;
      throw new IllegalStateException("index full");
    }).build();
    TestDetector skipped = TestDetector.builder("skipped", Stage.LIVENESS).check(Check.LIVENESS).build();
    Decision decision = verify(ALL_CLOSED, hooked, skipped);
    assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(seen[0]).isSameAs(decision);
    assertThat(skipped.afterCalls).hasValue(0);
  }

  @Test
  void checksWithoutADetectorAreNotSupported() {
    TestDetector doc = TestDetector.builder("doc", Stage.DOCUMENT).check(Check.DOCUMENT_ANTI_SPOOF).build();
    Decision decision = verify(ProductConfig.DEFAULT, doc);
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.findings()).extracting(Finding::detectorId).containsExactly("doc",
        "engine.coverage.liveness", "engine.coverage.face-match", "engine.coverage.risk");
    assertThat(decision.reasons()).extracting(r -> r.code()).containsOnly(ReasonCode.CHECK_NOT_SUPPORTED);
    ProductConfig config = ProductConfig.builder().liveness(Level.CLOSED).antiInjection(Level.STANDARD)
        .operationMode(org.kyc4j.api.OperationMode.STANDARD_IDN_CLOSED).build();
    assertThat(verify(config, doc).findings()).extracting(Finding::detectorId).containsExactly("doc",
        "engine.coverage.anti-injection", "engine.coverage.face-match");
  }
}
