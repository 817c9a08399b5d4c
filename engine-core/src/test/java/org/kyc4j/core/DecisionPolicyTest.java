package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testing.TestImages;

/** The coverage rule per product and the status order of the decision policy. */
class DecisionPolicyTest {
  private static final byte[] FRAME = TestImages.png(TestImages.gradient(4, 4));
  private static final ProductConfig INJECTION_ON = ProductConfig.builder().antiInjection(Level.STANDARD).build();

  private static VerificationRequest withConfig(VerificationRequest request, ProductConfig config) {
    return VerificationRequest.builder(request.transactionId(), request.product()).requestedAt(request.requestedAt())
        .frames(request.frames()).config(config).build();
  }

  @Test
  void eachProductNeedsItsChecks() {
    assertThat(DecisionPolicy.neededChecks(Fixtures.realId("r", ProductConfig.DEFAULT)))
        .containsExactly(Check.DOCUMENT_ANTI_SPOOF, Check.LIVENESS, Check.FACE_MATCH, Check.RISK);
    VerificationRequest capture = Fixtures.faceCapture("c", FRAME);
    assertThat(DecisionPolicy.neededChecks(capture)).containsExactly(Check.LIVENESS);
    assertThat(DecisionPolicy.neededChecks(withConfig(capture, INJECTION_ON)))
        .containsExactly(Check.LIVENESS, Check.ANTI_INJECTION);
    VerificationRequest faceCompare = VerificationRequest.builder("f", org.kyc4j.api.Product.FACE_COMPARE)
        .requestedAt(Fixtures.T0).compare(FRAME, FRAME).config(INJECTION_ON).build();
    assertThat(DecisionPolicy.neededChecks(faceCompare)).containsExactly(Check.ANTI_INJECTION, Check.FACE_MATCH);
    VerificationRequest idRecognition = Fixtures.idRecognition("i", FRAME);
    assertThat(DecisionPolicy.neededChecks(idRecognition)).containsExactly(Check.DOCUMENT_ANTI_SPOOF);
  }

  @Test
  void theFlashAndMultiAngleChecksAreNeededWhenAProductWithDocumentsAsksForThem() {
    byte[] photo = TestImages.png(TestImages.gradient(4, 4));
    VerificationRequest both = VerificationRequest.builder("b", org.kyc4j.api.Product.ID_RECOGNITION)
        .requestedAt(Fixtures.T0).config(ProductConfig.parse("docFlashCheck=true,docScanMode=MULTI_ANGLE"))
        .document(new DocumentImage(Page.FRONT, photo, Fixtures.T0))
        .document(new DocumentImage(Page.FRONT, PhotoKind.FLASH, photo, Fixtures.T0))
        .document(new DocumentImage(Page.FRONT, PhotoKind.ANGLED, photo, Fixtures.T0)).build();
    assertThat(DecisionPolicy.neededChecks(both))
        .containsExactly(Check.DOCUMENT_ANTI_SPOOF, Check.DOCUMENT_FLASH, Check.DOCUMENT_MULTI_ANGLE);
    assertThat(DecisionPolicy.stageOf(Check.DOCUMENT_FLASH)).isEqualTo(Stage.DOCUMENT);
    assertThat(DecisionPolicy.stageOf(Check.DOCUMENT_MULTI_ANGLE)).isEqualTo(Stage.DOCUMENT);
    VerificationRequest capture = withConfig(Fixtures.faceCapture("c", FRAME),
        ProductConfig.parse("docFlashCheck=true,docScanMode=MULTI_ANGLE"));
    assertThat(DecisionPolicy.neededChecks(capture)).containsExactly(Check.LIVENESS);
    assertThat(DecisionPolicy.coverage(both, Set.of(Check.DOCUMENT_ANTI_SPOOF, Check.DOCUMENT_FLASH)))
        .extracting(Finding::detectorId).containsExactly("engine.coverage.document-multi-angle");
  }

  @Test
  void implementedChecksAreNotReported() {
    List<Finding> coverage = DecisionPolicy.coverage(Fixtures.realId("r", ProductConfig.DEFAULT),
        Set.of(Check.LIVENESS, Check.RISK));
    assertThat(coverage).extracting(Finding::detectorId)
        .containsExactly("engine.coverage.document-anti-spoof", "engine.coverage.face-match");
    assertThat(coverage).extracting(Finding::stage).containsExactly(Stage.DOCUMENT, Stage.MATCH);
    assertThat(coverage).allSatisfy(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
      assertThat(f.reason().code()).isEqualTo(ReasonCode.CHECK_NOT_SUPPORTED);
    });
  }

  @Test
  void failureOutranksPendingAndReasonsKeepFindingOrder() {
    Finding review = Finding.of("m", Stage.MATCH, Outcome.REVIEW, ReasonCode.FACE_MISMATCH, "0.4", 0.4, 0.5, Map.of());
    Finding riskFail = Finding.fail("r", Stage.RISK, ReasonCode.IDN_FAKE_ID, "seen");
    Finding blur = Finding.fail("d", Stage.DOCUMENT, ReasonCode.DOC_BLURRED, "blurred");
    Finding dark = Finding.fail("f", Stage.FACE, ReasonCode.FACE_TOO_DARK, "dark");
    List<Finding> findings = List.of(review, blur, riskFail, dark);
    assertThat(DecisionPolicy.status(findings)).isEqualTo(Decision.Status.FAILURE);
    assertThat(DecisionPolicy.reasons(Decision.Status.FAILURE, findings)).containsExactly(blur.reason(), dark.reason());
    List<Finding> pending = List.of(Finding.pass("a", Stage.DOCUMENT), riskFail, review);
    assertThat(DecisionPolicy.status(pending)).isEqualTo(Decision.Status.PENDING);
    assertThat(DecisionPolicy.reasons(Decision.Status.PENDING, pending)).containsExactly(riskFail.reason(),
        review.reason());
    assertThat(DecisionPolicy.status(List.of(Finding.pass("a", Stage.DOCUMENT),
        Finding.skipped("b", Stage.RISK, "closed")))).isEqualTo(Decision.Status.SUCCESS);
  }
}
