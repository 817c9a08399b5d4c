package org.kyc4j.testing;

import org.kyc4j.api.DocumentType;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.spi.CardFormat;

/** The kinds of document {@link SyntheticDocuments} renders, with their size and MRZ layout. */
public enum SyntheticKind {
  /** An ID-1 identity card, 1012 x 638 pixels (11.8 px/mm), with a TD1 MRZ on the same face. */
  ID1_CARD(DocumentType.ID_CARD_TD1, CardFormat.ID1, MrzFormat.TD1, 1012, 638),
  /** A TD3 passport data page (ID-3 size), 1250 x 880 pixels (10 px/mm), with its two-line MRZ. */
  TD3_PASSPORT(DocumentType.PASSPORT, CardFormat.ID3, MrzFormat.TD3, 1250, 880);

  private final DocumentType type;
  private final CardFormat format;
  private final MrzFormat mrz;
  private final int width;
  private final int height;

  SyntheticKind(DocumentType type, CardFormat format, MrzFormat mrz, int width, int height) {
    this.type = type;
    this.format = format;
    this.mrz = mrz;
    this.width = width;
    this.height = height;
  }

  /** Returns the document type. */
  public DocumentType type() {
    return type;
  }

  /** Returns the card size. */
  public CardFormat format() {
    return format;
  }

  /** Returns the MRZ layout. */
  public MrzFormat mrz() {
    return mrz;
  }

  /** Returns the width of the rendered card in pixels. */
  public int width() {
    return width;
  }

  /** Returns the height of the rendered card in pixels. */
  public int height() {
    return height;
  }
}
