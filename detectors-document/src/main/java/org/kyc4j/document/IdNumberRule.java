package org.kyc4j.document;

import java.time.LocalDate;

/**
 * The format and check rules of the ID numbers of one document type, for example the check
 * digit of a Hong Kong identity card. Add rules for your own document types by implementing this
 * interface and declaring the class in {@code META-INF/services/org.kyc4j.document.IdNumberRule};
 * {@link IdNumberRules#discover(ClassLoader)} finds them. Implementations must be stateless,
 * thread-safe and have a public no-argument constructor.
 */
public interface IdNumberRule {
  /** Returns the {@link org.kyc4j.api.DocumentType#code()} whose numbers this rule checks. */
  String documentTypeCode();

  /**
   * Checks one ID number as the applicant claimed it.
   *
   * @param idNumber the claimed number, never null; rules may ignore the separators people
   *     usually type (spaces, hyphens, brackets) and letter case
   * @param referenceDate the date the number is judged at (for two-digit years and "not in the future")
   * @return the verdict, naming the broken rule when the number is invalid; never null
   */
  IdNumberCheck validate(String idNumber, LocalDate referenceDate);
}
