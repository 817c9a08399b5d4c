package org.kyc4j.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Reason;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.Timings;

/**
 * Turns a {@link Decision} into the JSON tree {@code kyc4j verify} prints: transaction id, status,
 * reasons, findings (score and threshold only when they are numbers), timings in milliseconds, the
 * risk section and an artefact summary (document fields; images as their size only). Stateless.
 */
final class DecisionJson {
  private DecisionJson() {}

  /** Returns the decision as nested maps and lists for {@link Json}. */
  static Map<String, Object> of(Decision decision) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("transactionId", decision.transactionId());
    json.put("status", decision.status().name());
    json.put("decidedAt", decision.decidedAt().toString());
    json.put("reasons", decision.reasons().stream().map(DecisionJson::reason).toList());
    json.put("findings", decision.findings().stream().map(DecisionJson::finding).toList());
    json.put("timings", timings(decision.timings()));
    json.put("risk", risk(decision.risk()));
    json.put("artefacts", artefacts(decision.artefacts()));
    return json;
  }

  static Map<String, Object> reason(Reason reason) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", reason.code().name());
    json.put("numericCode", reason.code().code());
    json.put("detector", reason.detectorId());
    json.put("message", reason.message());
    return json;
  }

  static Map<String, Object> finding(Finding finding) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("detector", finding.detectorId());
    json.put("stage", finding.stage().name());
    json.put("outcome", finding.outcome().name());
    if (!Double.isNaN(finding.score())) {
      json.put("score", finite(finding.score()));
    }
    if (!Double.isNaN(finding.threshold())) {
      json.put("threshold", finite(finding.threshold()));
    }
    finding.findReason().ifPresent(r -> json.put("reason", reason(r)));
    json.put("evidence", new LinkedHashMap<>(finding.evidence()));
    return json;
  }

  /** JSON has no infinities; an infinite score is written as a string. */
  private static Object finite(double value) {
    return Double.isInfinite(value) ? Double.toString(value) : value;
  }

  private static Map<String, Object> timings(Timings timings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("totalMs", millis(timings.total()));
    json.put("decodingMs", millis(timings.decoding()));
    Map<String, Object> detectors = new LinkedHashMap<>();
    timings.detectors().forEach((id, duration) -> detectors.put(id, millis(duration)));
    json.put("detectorsMs", detectors);
    return json;
  }

  /** Milliseconds rounded to the microsecond. */
  static double millis(Duration duration) {
    return Math.round(duration.toNanos() / 1_000.0) / 1_000.0;
  }

  private static Map<String, Object> risk(RiskSection risk) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("evaluated", risk.evaluated());
    json.put("hits", risk.hits().stream().map(DecisionJson::hit).toList());
    return json;
  }

  private static Map<String, Object> hit(RiskHit hit) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", hit.type().name());
    json.put("group", hit.type().group().name());
    if (!Double.isNaN(hit.score())) {
      json.put("score", finite(hit.score()));
    }
    json.put("transactionIds", hit.transactionIds());
    json.put("detail", hit.detail());
    return json;
  }

  private static Map<String, Object> artefacts(Artefacts artefacts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("documentFields", new LinkedHashMap<>(artefacts.documentFields()));
    json.put("croppedFace", artefacts.findCroppedFace().map(DecisionJson::image).orElse(null));
    List<Map<String, Object>> closedEyes = artefacts.closedEyeFrames().stream().map(DecisionJson::image).toList();
    json.put("closedEyeFrames", closedEyes);
    return json;
  }

  private static Map<String, Object> image(ImageArtefact image) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mediaType", image.mediaType());
    json.put("width", image.width());
    json.put("height", image.height());
    json.put("bytes", image.bytes().length);
    return json;
  }
}
