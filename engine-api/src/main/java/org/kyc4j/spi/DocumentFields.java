package org.kyc4j.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields read from a document, by the names below, which every producer and consumer shares (the
 * MRZ and ID-number readers write them, the identity network and the decision JSON read them).
 * Dates are ISO {@code yyyy-MM-dd}; every value is as read, after MRZ filler is removed. Immutable.
 *
 * @param fields the fields in reading order
 */
public record DocumentFields(Map<String, String> fields) {
  /** The document type's code, as {@code org.kyc4j.api.DocumentType#code()}. */
  public static final String DOCUMENT_TYPE = "documentType";
  /** The document number: the MRZ's document number field, or the card number printed on the card. */
  public static final String DOCUMENT_NUMBER = "documentNumber";
  /**
   * The identity number the identity network keys on: for a document without an MRZ the number its
   * ID rule validated (HKID, NRIC, NIK, MyKad, Chinese resident ID); for an MRZ document its document number.
   */
  public static final String ID_NUMBER = "idNumber";
  /**
   * Where {@link #ID_NUMBER} comes from when it was not read from the document: {@code claimed} for a
   * claimed number that passed its ID rule and is given here in its normalised form (upper case, no
   * separators). Absent when the number was read.
   */
  public static final String ID_NUMBER_SOURCE = "idNumberSource";
  /** The primary identifier (surname), MRZ spaces restored. */
  public static final String SURNAME = "surname";
  /** The secondary identifier (given names), MRZ spaces restored. */
  public static final String GIVEN_NAMES = "givenNames";
  /** The full name as printed, when read outside the MRZ. */
  public static final String NAME = "name";
  /** The three-letter nationality code. */
  public static final String NATIONALITY = "nationality";
  /** The date of birth, ISO. */
  public static final String DATE_OF_BIRTH = "dateOfBirth";
  /** {@code M}, {@code F} or {@code X}. */
  public static final String SEX = "sex";
  /** The expiry date, ISO. */
  public static final String EXPIRY = "expiry";
  /** The three-letter issuing state or organisation. */
  public static final String ISSUER = "issuer";
  /** The MRZ format (TD1, TD2, TD3, MRVA, MRVB). */
  public static final String FORMAT = "format";
  /** The optional data of the MRZ, filler removed. */
  public static final String OPTIONAL_DATA = "optionalData";
  /** The MRZ lines as read, joined by {@code |}. */
  public static final String MRZ_LINES = "mrz";

  /** Copies the map, keeping its order. */
  public DocumentFields {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
  }

  /** Names the fields without their values, which are the holder's personal data. */
  @Override
  public String toString() {
    return "DocumentFields" + fields.keySet() + " (values redacted)";
  }
}
