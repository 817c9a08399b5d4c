package org.kyc4j.document;

/**
 * A part of a machine-readable zone that validation can find wrong. The short {@link #code()}
 * names the checks the way test vectors do ({@code doc}, {@code dob}, {@code exp}, {@code pers},
 * {@code comp}).
 */
public enum MrzField {
  /** Line count, line lengths or the character set. */
  LINES("lines", "lines"),
  /** The document code (first two characters). */
  DOCUMENT_CODE("code", "document code"),
  /** The issuing state or organisation. */
  ISSUER("issuer", "issuing state"),
  /** The name field. */
  NAME("name", "name"),
  /** The document number and its check digit. */
  DOCUMENT_NUMBER("doc", "document number"),
  /** The nationality. */
  NATIONALITY("nat", "nationality"),
  /** The date of birth and its check digit. */
  DATE_OF_BIRTH("dob", "date of birth"),
  /** The sex. */
  SEX("sex", "sex"),
  /** The date of expiry and its check digit. */
  EXPIRY("exp", "date of expiry"),
  /** The TD3 personal number (optional data) and its check digit. */
  PERSONAL_NUMBER("pers", "personal number"),
  /** The composite check digit over the upper and middle lines. */
  COMPOSITE("comp", "composite check digit");

  private final String code;
  private final String label;

  MrzField(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the short code, for example {@code "dob"}. */
  public String code() {
    return code;
  }

  /** Returns the field's name in words, for messages. */
  public String label() {
    return label;
  }

  /** Returns whether a check digit guards this field. */
  public boolean checked() {
    return this == DOCUMENT_NUMBER || this == DATE_OF_BIRTH || this == EXPIRY || this == PERSONAL_NUMBER
        || this == COMPOSITE;
  }
}
