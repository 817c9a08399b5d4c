package org.kyc4j.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of identity document. The constants cover ICAO travel documents and national ID cards
 * whose numbers carry their own check rules; users add their own with {@link #of}. Two document
 * types are equal when their codes are equal.
 *
 * @param code stable upper-case identifier, 2 to 32 characters of {@code [A-Z0-9_]}
 * @param displayName human-readable name
 * @param mrzFormat the layout of the document's MRZ, {@link MrzFormat#NONE} if it has none
 * @param pages how many pages (1 or 2) a complete capture of the document has
 */
public record DocumentType(String code, String displayName, MrzFormat mrzFormat, int pages) {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,32}");

  public static final DocumentType PASSPORT = new DocumentType("PASSPORT", "Passport (ICAO TD3)", MrzFormat.TD3, 1);
  public static final DocumentType ID_CARD_TD1 = new DocumentType("ID_CARD_TD1", "ID card (ICAO TD1)", MrzFormat.TD1, 2);
  public static final DocumentType ID_CARD_TD2 = new DocumentType("ID_CARD_TD2", "ID card (ICAO TD2)", MrzFormat.TD2, 1);
  public static final DocumentType HK_ID_CARD = new DocumentType("HK_ID_CARD", "Hong Kong identity card", MrzFormat.NONE, 1);
  public static final DocumentType SG_NRIC = new DocumentType("SG_NRIC", "Singapore NRIC", MrzFormat.NONE, 2);
  public static final DocumentType ID_KTP = new DocumentType("ID_KTP", "Indonesian KTP (NIK)", MrzFormat.NONE, 1);
  public static final DocumentType MY_MYKAD = new DocumentType("MY_MYKAD", "Malaysian MyKad", MrzFormat.NONE, 2);
  public static final DocumentType CN_RESIDENT_ID = new DocumentType("CN_RESIDENT_ID", "Chinese resident identity card", MrzFormat.NONE, 2);

  private static final List<DocumentType> BUILT_IN = List.of(PASSPORT, ID_CARD_TD1, ID_CARD_TD2, HK_ID_CARD,
      SG_NRIC, ID_KTP, MY_MYKAD, CN_RESIDENT_ID);

  /** Validates every component; see the component descriptions for what is allowed. */
  public DocumentType {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(mrzFormat, "mrzFormat");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("documentType.code '" + Checks.echo(code) + "' must match " + CODE);
    }
    if (displayName.isBlank()) {
      throw new IllegalArgumentException("documentType.displayName must not be blank");
    }
    if (pages < 1 || pages > 2) {
      throw new IllegalArgumentException("documentType.pages is " + pages + "; allowed: 1 or 2");
    }
  }

  /** Creates a user-defined document type. */
  public static DocumentType of(String code, String displayName, MrzFormat mrzFormat, int pages) {
    return new DocumentType(code, displayName, mrzFormat, pages);
  }

  /** Returns the built-in document types, in declaration order. */
  public static List<DocumentType> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-in document type with this code.
   *
   * @throws IllegalArgumentException listing the built-in codes when there is none
   */
  public static DocumentType ofCode(String code) {
    for (DocumentType type : BUILT_IN) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown document type '" + code + "'; built in: "
        + BUILT_IN.stream().map(DocumentType::code).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentType other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
