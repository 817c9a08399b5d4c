package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {
  private static Finding reporting(String id, Outcome outcome, Map<String, String> evidence) {
    return outcome == Outcome.PASS ? Finding.pass(id, Stage.DOCUMENT, Double.NaN, Double.NaN, evidence)
        : Finding.of(id, Stage.DOCUMENT, outcome, ReasonCode.DOC_IMAGE_INVALID, "x", Double.NaN, Double.NaN, evidence);
  }

  @Test
  void eachCategoryTakesTheWorstOutcomeReportedAndNamesItsDetectors() {
    List<Finding> findings = List.of(
        reporting("document.anti-spoof", Outcome.FAIL, Map.of(DocumentCheck.MATERIAL_CHECK.evidenceKey(), "FAIL",
            DocumentCheck.SCREEN_RECAPTURE_CHECK.evidenceKey(), "PASS", DocumentCheck.TAMPER_CHECK.evidenceKey(),
            "PASS")),
        reporting("document.mrz", Outcome.PASS, Map.of(DocumentCheck.INFORMATION_CHECK.evidenceKey(), "PASS")),
        reporting("document.id-number", Outcome.REVIEW, Map.of(DocumentCheck.INFORMATION_CHECK.evidenceKey(),
            "REVIEW")),
        Finding.pass("face.match", Stage.MATCH));
    DocumentChecks checks = DocumentChecks.of(findings);
    assertThat(checks.get(DocumentCheck.MATERIAL_CHECK)).isEqualTo(new DocumentChecks.Result(Outcome.FAIL,
        List.of("document.anti-spoof")));
    assertThat(checks.get(DocumentCheck.SCREEN_RECAPTURE_CHECK).outcome()).isEqualTo(Outcome.PASS);
    assertThat(checks.get(DocumentCheck.INFORMATION_CHECK)).isEqualTo(new DocumentChecks.Result(Outcome.REVIEW,
        List.of("document.mrz", "document.id-number")));
    assertThat(checks.get(DocumentCheck.SECURITY_FEATURE_CHECK)).isEqualTo(new DocumentChecks.Result(
        Outcome.NOT_SUPPORTED, List.of()));
  }

  @Test
  void anUnknownOutcomeNameCountsAsAnErrorAndEveryCategoryIsRequired() {
    DocumentChecks checks = DocumentChecks.of(List.of(reporting("d", Outcome.PASS,
        Map.of(DocumentCheck.TAMPER_CHECK.evidenceKey(), "MAYBE"))));
    assertThat(checks.get(DocumentCheck.TAMPER_CHECK).outcome()).isEqualTo(Outcome.ERROR);
    assertThatThrownBy(() -> new DocumentChecks(Map.of())).hasMessageContaining("every category");
  }
}
