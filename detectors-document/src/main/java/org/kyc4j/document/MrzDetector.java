package org.kyc4j.document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.DocumentCheck;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * Validates the MRZ lines the subject claims ({@link Subject#mrzLines()}) with {@link Mrz}, compares
 * them with the other claimed fields and checks expiry against the request date (UTC). When no
 * lines are claimed and the document type has an MRZ (or is not claimed), reads the zone from the
 * document images instead ({@link MrzImageCheck}). Provides {@link Keys#DOCUMENT_FIELDS} when
 * everything holds, with the number {@code document.id-number} validated merged in (it alone when
 * there is no MRZ). Thread-safe; {@link #close()} frees the recogniser.
 */
final class MrzDetector implements Detector, AutoCloseable {
  static final String ID = "document.mrz";
  private final MrzImageReader reader;
  private final String unavailable;

  /** Creates a detector that only validates claimed lines: reading from images is not supported. */
  MrzDetector() {
    this(null, "no MRZ reader was configured");
  }

  /**
   * Creates a detector reading unclaimed zones with {@code reader}; when it is null, {@code unavailable}
   * says why, for the NOT_SUPPORTED finding.
   */
  MrzDetector(MrzImageReader reader, String unavailable) {
    this.reader = reader;
    this.unavailable = Objects.requireNonNull(unavailable, "unavailable");
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
  public Set<Key<?>> uses() {
    return Set.of(IdNumberFields.KEY, Keys.IMAGES, Keys.DOCUMENT_CARDS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.DOCUMENT_FIELDS);
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    Subject subject = context.request().subject();
    Map<String, String> idNumber = context.find(IdNumberFields.KEY).map(DocumentFields::fields).orElse(Map.of());
    Finding finding = validate(context, subject, idNumber);
    if (!idNumber.isEmpty() && context.find(Keys.DOCUMENT_FIELDS).isEmpty()) {
      context.put(Keys.DOCUMENT_FIELDS, new DocumentFields(idNumber));
    }
    return withInformationCheck(finding);
  }

  /** Adds the finding's outcome as its {@link DocumentCheck#INFORMATION_CHECK} result, unless it was skipped. */
  private static Finding withInformationCheck(Finding finding) {
    if (finding.outcome() == Outcome.SKIPPED) {
      return finding;
    }
    Map<String, String> evidence = new LinkedHashMap<>(finding.evidence());
    evidence.put(DocumentCheck.INFORMATION_CHECK.evidenceKey(), finding.outcome().name());
    return new Finding(finding.detectorId(), finding.stage(), finding.outcome(), finding.score(), finding.threshold(),
        finding.reason(), evidence);
  }

  private Finding validate(DetectionContext context, Subject subject, Map<String, String> idNumber) {
    if (subject.mrzLines().isEmpty()) {
      DocumentType type = subject.documentType();
      if (type != null && type.mrzFormat() == MrzFormat.NONE) {
        return Finding.skipped(ID, Stage.DOCUMENT, whyNothingToValidate(type));
      }
      return MrzImageCheck.check(context, reader, unavailable);
    }
    LocalDate today = LocalDate.ofInstant(context.request().requestedAt(), ZoneOffset.UTC);
    MrzReading reading = Mrz.read(subject.mrzLines(), today);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("format", reading.format().name());
    if (!reading.valid()) {
      evidence.put("failingFields", reading.failingFields().stream().map(MrzField::code)
          .collect(Collectors.joining(",")));
      String problems = reading.problems().stream().map(MrzProblem::message).collect(Collectors.joining("; "));
      return fail(ReasonCode.DOC_MRZ_INVALID, "the " + reading.format() + " MRZ is invalid: " + problems, evidence);
    }
    List<String> mismatches = mismatches(reading, subject);
    if (!mismatches.isEmpty()) {
      evidence.put("mismatchedFields", String.join(",", mismatches));
      return fail(ReasonCode.DOC_FIELD_MISMATCH, "the MRZ disagrees with the claimed " + String.join(", ",
          mismatches), evidence);
    }
    evidence.put("expiry", reading.expiry().toString());
    if (reading.expiry().isBefore(today)) {
      return fail(ReasonCode.DOC_EXPIRED, "the document expired on " + reading.expiry()
          + ", before the request date " + today, evidence);
    }
    Map<String, String> fields = new LinkedHashMap<>(reading.toFields());
    idNumber.forEach(fields::putIfAbsent);
    context.put(Keys.DOCUMENT_FIELDS, new DocumentFields(fields));
    return Finding.pass(ID, Stage.DOCUMENT, Double.NaN, Double.NaN, evidence);
  }

  private static String whyNothingToValidate(DocumentType type) {
    return "document type " + type.code() + " has no MRZ";
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    }
  }

  /** Returns the names of the claimed fields the MRZ contradicts. */
  static List<String> mismatches(MrzReading reading, Subject subject) {
    List<String> names = new ArrayList<>();
    DocumentType type = subject.documentType();
    if (type != null && type.mrzFormat() != reading.format()) {
      names.add("document type (" + type.code() + (type.mrzFormat() == MrzFormat.NONE ? " has no MRZ"
          : " has a " + type.mrzFormat() + " MRZ") + ", the lines are " + reading.format() + ")");
    }
    if (subject.idNumber() != null && !idNumberMatches(subject.idNumber(), reading)) {
      names.add("ID number");
    }
    if (subject.dateOfBirth() != null && reading.dateOfBirth() != null
        && !subject.dateOfBirth().equals(reading.dateOfBirth())) {
      names.add("date of birth");
    }
    if (subject.expiry() != null && !subject.expiry().equals(reading.expiry())) {
      names.add("expiry");
    }
    return names;
  }

  /**
   * Returns whether the claimed number is the MRZ document number or one of the words of its
   * optional data (where many states print the personal ID number), ignoring case, spaces,
   * hyphens, dots, slashes and fillers.
   */
  private static boolean idNumberMatches(String claimed, MrzReading reading) {
    String wanted = normalize(claimed);
    if (wanted.equals(normalize(reading.documentNumber()))) {
      return true;
    }
    for (String word : reading.optionalData().split(" ")) {
      if (!word.isEmpty() && wanted.equals(normalize(word))) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String number) {
    return number.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./<]", "");
  }

  private static Finding fail(ReasonCode code, String message, Map<String, String> evidence) {
    return Finding.of(ID, Stage.DOCUMENT, Outcome.FAIL, code, message, Double.NaN, Double.NaN, evidence);
  }
}
