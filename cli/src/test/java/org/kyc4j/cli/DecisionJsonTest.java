package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Report;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.RiskType;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Timings;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {
  private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
  private static final Map<String, String> EVIDENCE = evidence();

  private static Map<String, String> evidence() {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("variance", "12.5");
    evidence.put("note", "quote \" and\nnewline");
    return evidence;
  }

  /** A PENDING decision with a scored review, a coverage finding, a pass, two risk hits and artefacts, as JSON. */
  private static Map<String, Object> pendingJson() throws IOException {
    Finding blur = Finding.of("doc.blur", Stage.DOCUMENT, Outcome.REVIEW, ReasonCode.DOC_BLURRED, "variance 12.5 < 40",
        12.5, 40, EVIDENCE);
    Finding coverage = Finding.notSupported("engine.coverage.liveness", Stage.LIVENESS, "no liveness detector");
    Finding pass = Finding.pass("doc.mrz", Stage.DOCUMENT);
    Timings timings = new Timings(Duration.ofNanos(12_345_678), Duration.ofMillis(3),
        Map.of("doc.blur", Duration.ofNanos(1_500_000)));
    RiskSection risk = RiskSection.evaluated(List.of(new RiskHit(RiskType.SAME_FACE_DIFFERENT_USER_ID, 0.93,
        List.of("t-0", "t-1"), "two users"), new RiskHit(RiskType.IDN_THRESHOLD, Double.NaN, List.of(), "over 3")));
    ImageArtefact face = new ImageArtefact("image/png", 112, 112, new byte[321]);
    Artefacts artefacts = new Artefacts(face, List.of(face), Map.of("idNumber", "D23145890"));
    Report report = new Report("tx-9", List.of(blur.reason(), coverage.reason()), List.of(blur, coverage, pass),
        timings, risk, artefacts, AT);
    return JsonShape.object(DecisionJson.pretty(Decision.of(Decision.Status.PENDING, report)));
  }

  @Test
  void printsTheStatusAndTheReasonsWithTheirNumericCodes() throws IOException {
    Map<String, Object> json = pendingJson();
    assertThat(json).containsEntry("transactionId", "tx-9").containsEntry("status", "PENDING")
        .containsEntry("decidedAt", "2026-11-26T10:00:00Z");
    assertThat(json.get("reasons")).isEqualTo(List.of(
        Map.of("code", "DOC_BLURRED", "numericCode", 1003, "detector", "doc.blur", "message", "variance 12.5 < 40"),
        Map.of("code", "CHECK_NOT_SUPPORTED", "numericCode", 8003, "detector", "engine.coverage.liveness",
            "message", "no liveness detector")));
  }

  @Test
  void findingsCarryScoresOnlyWhenTheyAreNumbers() throws IOException {
    List<?> findings = (List<?>) pendingJson().get("findings");
    assertThat(map(findings.get(0))).containsEntry("score", 12.5).containsEntry("threshold", 40)
        .containsEntry("outcome", "REVIEW").containsEntry("stage", "DOCUMENT").containsEntry("evidence", EVIDENCE);
    assertThat(map(findings.get(1))).doesNotContainKeys("score", "threshold").containsKey("reason");
    assertThat(map(findings.get(2))).doesNotContainKeys("score", "reason").containsEntry("outcome", "PASS");
  }

  @Test
  void timingsAreMillisecondsAndRiskHitsNameTheirGroup() throws IOException {
    Map<String, Object> json = pendingJson();
    assertThat(json.get("timings")).isEqualTo(Map.of("totalMs", 12.346, "decodingMs", 3,
        "detectorsMs", Map.of("doc.blur", 1.5)));
    Map<String, Object> riskJson = map(json.get("risk"));
    assertThat(riskJson.get("evaluated")).isEqualTo(true);
    List<?> hits = (List<?>) riskJson.get("hits");
    assertThat(hits).hasSize(2);
    assertThat(map(hits.get(0))).containsEntry("group", "DUPLICATED_ID").containsEntry("score", 0.93)
        .containsEntry("transactionIds", List.of("t-0", "t-1"));
    assertThat(map(hits.get(1))).doesNotContainKey("score");
  }

  @Test
  void imageArtefactsAreSummarisedBySize() throws IOException {
    Map<String, Object> artefacts = map(pendingJson().get("artefacts"));
    Map<String, Object> face = Map.of("mediaType", "image/png", "width", 112, "height", 112, "bytes", 321);
    assertThat(artefacts.get("croppedFace")).isEqualTo(face);
    assertThat(artefacts.get("closedEyeFrames")).isEqualTo(List.of(face));
    assertThat(artefacts.get("documentFields")).isEqualTo(Map.of("idNumber", "D23145890"));
  }

  @Test
  void aFailureWithoutArtefactsHasAnEmptyRiskSectionAndNullFace() throws IOException {
    Finding fail = Finding.fail("engine.decode", Stage.DOCUMENT, ReasonCode.DOC_IMAGE_INVALID, "page FRONT: TRUNCATED");
    Report report = new Report("tx", List.of(fail.reason()), List.of(fail),
        new Timings(Duration.ZERO, Duration.ZERO, Map.of()), RiskSection.EMPTY, Artefacts.NONE, AT);
    Map<String, Object> json = JsonShape.object(DecisionJson.pretty(Decision.of(Decision.Status.FAILURE, report)));
    assertThat(json).containsEntry("status", "FAILURE");
    assertThat(json.get("risk")).isEqualTo(Map.of("evaluated", false, "hits", List.of()));
    assertThat(map(json.get("artefacts"))).containsEntry("croppedFace", null);
  }

  @Test
  void anyEvidenceTextReadsBackUnchangedAndNoControlCharacterIsWrittenRaw() throws IOException {
    Random random = Seeds.random("DecisionJsonTest.anyEvidenceText");
    String alphabet = "ab\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029é漢\ud83d\ude00";
    for (int i = 0; i < 500; i++) {
      String text = Seeds.string(random, alphabet, 12);
      Finding finding = Finding.pass("doc.text", Stage.DOCUMENT, Double.NaN, Double.NaN, Map.of("text", text));
      Report report = new Report("tx", List.of(), List.of(finding), new Timings(Duration.ZERO, Duration.ZERO, Map.of()),
          RiskSection.EMPTY, Artefacts.NONE, AT);
      String json = DecisionJson.pretty(Decision.of(Decision.Status.SUCCESS, report));
      assertThat(json.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x2028 || c == 0x2029)).as(json).isEmpty();
      List<?> findings = (List<?>) JsonShape.object(json).get("findings");
      assertThat(map(map(findings.get(0)).get("evidence"))).as(json).containsEntry("text", text);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
