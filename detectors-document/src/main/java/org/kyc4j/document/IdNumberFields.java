package org.kyc4j.document;

import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Key;

/**
 * The board key on which {@code document.id-number} hands the number it validated to
 * {@code document.mrz}, which alone provides {@link org.kyc4j.spi.Keys#DOCUMENT_FIELDS} (a key has
 * one provider) and merges these fields in. Not part of the API.
 */
final class IdNumberFields {
  /** {@link DocumentFields#DOCUMENT_TYPE} and {@link DocumentFields#ID_NUMBER} of a number that passed its rule. */
  static final Key<DocumentFields> KEY = Key.of("document.idNumberFields", DocumentFields.class);

  private IdNumberFields() {}
}
