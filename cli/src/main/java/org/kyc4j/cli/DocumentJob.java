package org.kyc4j.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.DocumentFields;

/**
 * The work of {@code kyc4j document}: verifies each row's document photos as one ID_RECOGNITION
 * request through an engine of the detectors discovered on the class path (as {@code verify} does),
 * and reports what the document stage found: the type, the card's corners, the MRZ read, whether
 * it is valid, the ID number, whether the portrait was found, the decision's status and reasons.
 * Used by one thread.
 */
final class DocumentJob implements BatchJob {
  static final String FRONT = "front";
  static final String BACK = "back";
  static final List<String> RESULTS = List.of("document_type", "quad", "mrz", "mrz_valid", "id_number", "portrait");
  static final String REASONS = "reasons";
  /** The locator's detector and the evidence key of the card's corners ({@code DocumentQuad.toPixels()}). */
  static final String LOCATE = "document.locate";
  static final String QUAD = "front.quad";
  static final String MRZ = "document.mrz";
  static final String PORTRAIT = "face.portrait";
  private static final Set<ReasonCode> MRZ_WRONG = Set.of(ReasonCode.DOC_MRZ_INVALID, ReasonCode.DOC_MRZ_UNREADABLE);

  private final ProductConfig config;
  private final Kyc4j engine;
  private long rows;

  /** A job on the given engine, which it closes; {@code config}'s pages are set per row. */
  DocumentJob(ProductConfig config, Kyc4j engine) {
    this.config = Objects.requireNonNull(config, "config");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public List<String> inputColumns() {
    return List.of(FRONT, BACK);
  }

  @Override
  public Set<String> optionalColumns() {
    return Set.of(BACK);
  }

  @Override
  public List<String> resultColumns() {
    return RESULTS;
  }

  @Override
  public List<String> statusColumns() {
    return List.of(REASONS);
  }

  @Override
  public RowResult process(BatchRow row) throws RowException {
    Decision decision = engine.verify(request(row));
    List<ReasonCode> codes = decision.reasons().stream().map(Reason::code).toList();
    String message = decision.reasons().stream().map(Reason::message).collect(Collectors.joining("; "));
    if (codes.contains(ReasonCode.DOC_IMAGE_INVALID)) {
      throw new RowException(message);
    }
    Map<String, String> fields = decision.artefacts().documentFields();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("document_type", fields.getOrDefault(DocumentFields.DOCUMENT_TYPE, ""));
    values.put("quad", finding(decision, LOCATE).map(f -> f.evidence().getOrDefault(QUAD, "")).orElse(""));
    values.put("mrz", fields.getOrDefault(DocumentFields.MRZ_LINES, ""));
    values.put("mrz_valid", finding(decision, MRZ).map(DocumentJob::mrzValid).orElse(""));
    values.put("id_number", fields.getOrDefault(DocumentFields.ID_NUMBER, ""));
    values.put("portrait", finding(decision, PORTRAIT).map(DocumentJob::passed).orElse(""));
    values.put(REASONS, codes.stream().map(ReasonCode::name).collect(Collectors.joining(";")));
    return new RowResult(decision.status().name(), values, message);
  }

  private VerificationRequest request(BatchRow row) throws RowException {
    byte[] front = row.file(FRONT);
    String back = row.valueOrEmpty(BACK).strip();
    Instant now = Instant.now();
    ProductConfig rowConfig = config.toBuilder().pages(back.isEmpty() ? Set.of(Page.FRONT)
        : Set.of(Page.FRONT, Page.BACK)).build();
    VerificationRequest.Builder request = VerificationRequest.builder("document-" + ++rows, Product.ID_RECOGNITION)
        .config(rowConfig).requestedAt(now).document(new DocumentImage(Page.FRONT, front, now));
    if (!back.isEmpty()) {
      request.document(new DocumentImage(Page.BACK, row.file(BACK, back), now));
    }
    return request.build();
  }

  /** The finding of a detector that ran (not skipped), if any. */
  private static Optional<Finding> finding(Decision decision, String detector) {
    return decision.findings().stream().filter(f -> f.detectorId().equals(detector))
        .filter(f -> f.outcome() != Outcome.SKIPPED && f.outcome() != Outcome.NOT_SUPPORTED).findFirst();
  }

  /** true for a PASS or a failure of a valid zone (expired, mismatched); false for an invalid or unreadable one. */
  private static String mrzValid(Finding mrz) {
    if (mrz.outcome() == Outcome.PASS) {
      return "true";
    }
    if (mrz.outcome() != Outcome.FAIL) {
      return "";
    }
    return Boolean.toString(mrz.findReason().map(r -> !MRZ_WRONG.contains(r.code())).orElse(false));
  }

  private static String passed(Finding finding) {
    return finding.outcome() == Outcome.PASS ? "true" : finding.outcome() == Outcome.FAIL ? "false" : "";
  }

  @Override
  public void close() {
    engine.close();
  }
}
