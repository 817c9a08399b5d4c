package org.kyc4j.document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.DocumentCheck;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Redacted;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Key;

/**
 * Checks the claimed ID number against the {@link IdNumberRule} of the claimed document type.
 * Types with an MRZ are left to {@code document.mrz}. A valid number goes to
 * {@link org.kyc4j.spi.Keys#DOCUMENT_FIELDS} as {@link DocumentFields#ID_NUMBER} (upper case, no
 * separators), by way of {@code document.mrz}. Stateless and thread-safe.
 */
final class IdNumberDetector implements Detector {
  static final String ID = "document.id-number";
  private final IdNumberRules rules;

  IdNumberDetector(IdNumberRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.DOCUMENT;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(IdNumberFields.KEY);
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    Subject subject = context.request().subject();
    DocumentType type = subject.documentType();
    if (type == null) {
      return Finding.skipped(ID, Stage.DOCUMENT, "no document type was claimed, so no ID number rule applies");
    }
    if (type.mrzFormat() != MrzFormat.NONE) {
      return Finding.skipped(ID, Stage.DOCUMENT, "document type " + type.code() + " has an MRZ; its number is "
          + "checked by " + MrzDetector.ID);
    }
    if (subject.idNumber() == null) {
      return Finding.skipped(ID, Stage.DOCUMENT, "no ID number was claimed for the " + type.code());
    }
    Optional<IdNumberRule> rule = rules.find(type.code());
    if (rule.isEmpty()) {
      return Finding.skipped(ID, Stage.DOCUMENT, "no ID number rule is installed for document type " + type.code()
          + "; rules exist for " + rules.codes());
    }
    LocalDate today = LocalDate.ofInstant(context.request().requestedAt(), ZoneOffset.UTC);
    IdNumberCheck check = Objects.requireNonNull(rule.get().validate(subject.idNumber(), today),
        () -> rule.get().getClass().getName() + ".validate returned null");
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("documentType", type.code());
    evidence.put("rule", rule.get().getClass().getName());
    evidence.put(DocumentCheck.INFORMATION_CHECK.evidenceKey(), (check.valid() ? Outcome.PASS : Outcome.FAIL).name());
    if (!check.valid()) {
      return Finding.of(ID, Stage.DOCUMENT, Outcome.FAIL, ReasonCode.DOC_ID_NUMBER_INVALID,
          "the " + type.code() + " number is invalid: " + masked(check.violation(), subject.idNumber()), Double.NaN,
          Double.NaN, evidence);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DocumentFields.DOCUMENT_TYPE, type.code());
    fields.put(DocumentFields.ID_NUMBER, compact(subject.idNumber()));
    fields.put(DocumentFields.ID_NUMBER_SOURCE, "claimed");
    context.put(IdNumberFields.KEY, new DocumentFields(fields));
    return Finding.pass(ID, Stage.DOCUMENT, Double.NaN, Double.NaN, evidence);
  }

  /** The number in upper case without the separators people type (spaces, hyphens, dots, slashes, brackets). */
  static String compact(String idNumber) {
    return idNumber.replaceAll("[\\s\\-./()]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the violation with the claimed number masked ({@link Redacted}), as typed and in its compact
   * upper-case form: built-in rules never repeat it, an added rule might.
   */
  static String masked(String violation, String idNumber) {
    String out = violation.replace(idNumber, Redacted.of(idNumber));
    String compact = compact(idNumber);
    return compact.length() < 4 ? out : out.replace(compact, Redacted.of(compact));
  }
}
