package org.kyc4j.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.spi.DocumentFields;

/**
 * What {@link Mrz#read} found in a machine-readable zone: the fields it could read and every
 * problem. A component is null when it could not be read (for example a date that is not a real
 * date); fillers are removed from text values. Immutable and thread-safe.
 *
 * @param format the layout recognised from line count and lengths, {@link MrzFormat#NONE} if none
 * @param documentCode the document code without fillers, for example {@code "P"} or {@code "ID"}
 * @param issuer the issuing state or organisation without fillers, for example {@code "UTO"} or {@code "D"}
 * @param documentNumber the document number (with a TD1/TD2 overflow joined in), without fillers
 * @param surname the primary identifier, fillers turned into spaces
 * @param givenNames the secondary identifier, fillers turned into spaces; empty when there is none
 * @param nationality the nationality without fillers
 * @param dateOfBirth the date of birth; null when unknown (fillers) or invalid
 * @param sex {@code "M"}, {@code "F"}, {@code "X"} or {@code "unspecified"}
 * @param expiry the date of expiry; null when invalid
 * @param optionalData the optional data or personal number, fillers turned into spaces; empty when none
 * @param problems every problem found, in line order; empty when the zone is valid
 */
public record MrzReading(MrzFormat format, String documentCode, String issuer, String documentNumber,
    String surname, String givenNames, String nationality, LocalDate dateOfBirth, String sex, LocalDate expiry,
    String optionalData, List<MrzProblem> problems) {

  /** Validates the required components and copies the problems. */
  public MrzReading {
    Objects.requireNonNull(format, "format");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** Returns a reading of a zone whose lines could not be parsed at all. */
  static MrzReading unreadable(MrzFormat format, List<MrzProblem> problems) {
    return new MrzReading(format, null, null, null, null, null, null, null, null, null, null, problems);
  }

  /** Returns whether the zone has no problem at all. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** Returns the fields that have at least one problem, in declaration order. */
  public Set<MrzField> failingFields() {
    Set<MrzField> fields = EnumSet.noneOf(MrzField.class);
    problems.forEach(problem -> fields.add(problem.field()));
    return fields;
  }

  /**
   * Returns the readable fields under the shared {@link DocumentFields} names: the document number
   * as both {@link DocumentFields#DOCUMENT_NUMBER} and {@link DocumentFields#ID_NUMBER} (the number
   * the identity network keys on), the document type of a passport ({@code P} in TD3) or ID card
   * ({@code I}, {@code A}, {@code C} in TD1 or TD2) as {@link DocumentFields#DOCUMENT_TYPE}, names,
   * nationality, dates as ISO-8601, sex, issuer, format, and the optional data when present;
   * unreadable fields are left out.
   */
  public Map<String, String> toFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    putIfPresent(fields, DocumentFields.DOCUMENT_TYPE, documentType());
    putIfPresent(fields, DocumentFields.DOCUMENT_NUMBER, documentNumber);
    putIfPresent(fields, DocumentFields.ID_NUMBER, documentNumber);
    putIfPresent(fields, DocumentFields.SURNAME, surname);
    putIfPresent(fields, DocumentFields.GIVEN_NAMES, givenNames);
    putIfPresent(fields, DocumentFields.NATIONALITY, nationality);
    putIfPresent(fields, DocumentFields.DATE_OF_BIRTH, dateOfBirth == null ? null : dateOfBirth.toString());
    putIfPresent(fields, DocumentFields.SEX, sex);
    putIfPresent(fields, DocumentFields.EXPIRY, expiry == null ? null : expiry.toString());
    putIfPresent(fields, DocumentFields.ISSUER, issuer);
    fields.put(DocumentFields.FORMAT, format.name());
    if (optionalData != null && !optionalData.isEmpty()) {
      fields.put(DocumentFields.OPTIONAL_DATA, optionalData);
    }
    return fields;
  }

  /** The built-in document type the format and document code name, or null (visas, other codes). */
  private String documentType() {
    if (documentCode == null || documentCode.isEmpty()) {
      return null;
    }
    char first = documentCode.charAt(0);
    return switch (format) {
      case TD3 -> first == 'P' ? DocumentType.PASSPORT.code() : null;
      case TD1 -> "IAC".indexOf(first) >= 0 ? DocumentType.ID_CARD_TD1.code() : null;
      case TD2 -> "IAC".indexOf(first) >= 0 ? DocumentType.ID_CARD_TD2.code() : null;
      default -> null;
    };
  }

  private static void putIfPresent(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }
}
