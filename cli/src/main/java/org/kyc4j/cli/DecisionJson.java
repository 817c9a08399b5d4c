package org.kyc4j.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentChecks;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Reason;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.Timings;

/**
 * Turns a {@link Decision} into the JSON {@code kyc4j verify} prints: transaction id, status,
 * reasons, findings (score and threshold only when they are numbers), timings in milliseconds, the
 * risk section, the five-way document authenticity summary ({@link Decision#documentChecks()}) and an
 * artefact summary (document fields; images as their size only). Whole numbers
 * are written without a fraction ({@code 40}, not {@code 40.0}). Stateless.
 */
final class DecisionJson {
  private static final ObjectWriter PRETTY = prettyWriter();

  /** Two-space indentation, {@code "key": value}, one value a line, {@code {}} and {@code []} when empty. */
  private static ObjectWriter prettyWriter() {
    Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("").withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JsonMapper mapper = JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new LineSeparatorEscapes()).build())
        .build();
    return mapper.writer(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  private DecisionJson() {}

  /** Returns the decision as pretty JSON, without a trailing newline. */
  static String pretty(Decision decision) {
    try {
      return PRETTY.writeValueAsString(of(decision));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write decision " + decision.transactionId() + " as JSON", e);
    }
  }

  /** Returns the decision as nested maps (in key order), lists, strings, numbers, booleans and nulls. */
  static Map<String, Object> of(Decision decision) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("transactionId", decision.transactionId());
    json.put("status", decision.status().name());
    json.put("decidedAt", decision.decidedAt().toString());
    json.put("reasons", decision.reasons().stream().map(DecisionJson::reason).toList());
    json.put("findings", decision.findings().stream().map(DecisionJson::finding).toList());
    json.put("timings", timings(decision.timings()));
    json.put("risk", risk(decision.risk()));
    json.put("documentChecks", documentChecks(decision.documentChecks()));
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
      json.put("score", number(finding.score()));
    }
    if (!Double.isNaN(finding.threshold())) {
      json.put("threshold", number(finding.threshold()));
    }
    finding.findReason().ifPresent(r -> json.put("reason", reason(r)));
    json.put("evidence", new LinkedHashMap<>(finding.evidence()));
    return json;
  }

  /**
   * Returns a whole number below 10^15 as a long, so it is written without a fraction; JSON has no
   * infinities, so an infinite score is written as a string.
   */
  private static Object number(double value) {
    if (Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value; // not a ?: expression, which would widen the long back to a double
    }
    return value;
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
  private static Object millis(Duration duration) {
    return number(Math.round(duration.toNanos() / 1_000.0) / 1_000.0);
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
      json.put("score", number(hit.score()));
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
    json.put("croppedDocument", artefacts.findCroppedDocument().map(DecisionJson::image).orElse(null));
    return json;
  }

  private static Map<String, Object> documentChecks(DocumentChecks checks) {
    Map<String, Object> json = new LinkedHashMap<>();
    checks.results().forEach((check, result) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("outcome", result.outcome().name());
      entry.put("detectors", result.detectorIds());
      json.put(check.name(), entry);
    });
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

  /**
   * Escapes U+2028 and U+2029, which JSON allows raw but JavaScript source does not, so the
   * output can be embedded in a script.
   */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
