package org.kyc4j.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.Action;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;

/**
 * The work of {@code kyc4j liveness}: verifies each row's frames as one FACE_CAPTURE through the
 * engine (face detection, the asked actions, passive anti-spoofing; anti-injection stays at its
 * default, CLOSED) and turns the decision into a status. {@code score} is the passive check's fused P(live).
 * Used by one thread.
 */
final class LivenessJob implements BatchJob {
  static final String FRAMES = "frames";
  static final String INTERVAL = "interval_ms";
  static final String SCORE = "score";
  static final String REASONS = "reasons";
  private static final String PASSIVE = "liveness.passive";
  private static final Set<ReasonCode> SPOOF = Set.of(ReasonCode.SPOOF_DETECTED, ReasonCode.INJECTION_DETECTED,
      ReasonCode.FRAMES_INCONSISTENT);
  private static final Set<ReasonCode> NO_FACE = Set.of(ReasonCode.NO_FACE);
  private static final long MAX_INTERVAL_MS = 10_000;

  private final ProductConfig config;
  private final Kyc4j engine = VerifyCommand.withModels(Kyc4j.builder()).build();
  private long rows;

  LivenessJob(Level level, List<Action> actions) {
    this.config = ProductConfig.builder().liveness(level).actions(actions).build();
  }

  @Override
  public List<String> inputColumns() {
    return List.of(FRAMES);
  }

  @Override
  public List<String> resultColumns() {
    return List.of(SCORE, REASONS);
  }

  @Override
  public RowResult process(BatchRow row) throws RowException {
    Decision decision = engine.verify(request(row));
    List<ReasonCode> codes = decision.reasons().stream().map(Reason::code).toList();
    Finding passive = decision.findings().stream().filter(f -> f.detectorId().equals(PASSIVE)).findFirst().orElse(null);
    String score = passive == null || passive.findScore().isEmpty() ? ""
        : String.format(Locale.ROOT, "%.4f", passive.score());
    Map<String, String> values = Map.of(SCORE, score, REASONS,
        codes.stream().map(ReasonCode::name).collect(Collectors.joining("+")));
    String message = decision.reasons().stream().map(Reason::message).collect(Collectors.joining("; "));
    if (codes.contains(ReasonCode.FACE_IMAGE_INVALID)) {
      throw new RowException(message);
    }
    if (codes.contains(ReasonCode.CHECK_NOT_SUPPORTED) || codes.contains(ReasonCode.DETECTOR_ERROR)
        || codes.contains(ReasonCode.DETECTOR_TIMEOUT)) {
      return new RowResult(RowResult.ERROR, values, "liveness was not fully judged: " + message);
    }
    return new RowResult(status(decision.status(), codes), values, message);
  }

  /** LIVE, or the first failing kind in the order spoof, no face, action, quality. */
  static String status(Decision.Status status, List<ReasonCode> codes) {
    if (status == Decision.Status.SUCCESS) {
      return "LIVE";
    }
    if (codes.stream().anyMatch(SPOOF::contains)) {
      return "SPOOF";
    }
    if (codes.stream().anyMatch(NO_FACE::contains)) {
      return "NO_FACE";
    }
    return codes.contains(ReasonCode.ACTION_FAILED) ? "ACTION_FAILED" : "QUALITY";
  }

  private VerificationRequest request(BatchRow row) throws RowException {
    String[] paths = row.value(FRAMES).split(";", -1);
    if (paths.length > VerificationRequest.MAX_FRAMES) {
      throw new RowException("column frames names " + paths.length + " images; allowed: 1.."
          + VerificationRequest.MAX_FRAMES);
    }
    Duration interval = interval(row);
    Instant now = Instant.now();
    VerificationRequest.Builder request = VerificationRequest.builder("liveness-" + ++rows, Product.FACE_CAPTURE)
        .config(config).requestedAt(now);
    for (int i = 0; i < paths.length; i++) {
      byte[] bytes = row.file(FRAMES, paths[i].strip());
      request.frame(new SelfieFrame(bytes, now.minus(interval.multipliedBy(paths.length - 1 - i))));
    }
    return request.build();
  }

  private static Duration interval(BatchRow row) throws RowException {
    String text = row.valueOrEmpty(INTERVAL).strip();
    if (text.isEmpty()) {
      return Duration.ofMillis(100);
    }
    try {
      long millis = Long.parseLong(text);
      if (millis < 1 || millis > MAX_INTERVAL_MS) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(millis);
    } catch (NumberFormatException e) {
      throw new RowException("column interval_ms is '" + text + "'; allowed: whole milliseconds 1.." + MAX_INTERVAL_MS);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
