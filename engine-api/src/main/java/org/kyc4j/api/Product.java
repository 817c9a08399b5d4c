package org.kyc4j.api;

/** The entry points of the engine; each product needs its own parts of a request. */
public enum Product {
  /** Document pages and selfie frames: the full decision. */
  REAL_ID(true, true, false),
  /** Selfie frames only: liveness, face quality, best face, embedding. */
  FACE_CAPTURE(false, true, false),
  /** Document pages only: quality, anti-spoofing, fields, portrait. */
  ID_RECOGNITION(true, false, false),
  /** Two face photos ({@link CompareImage}s A and B): similarity and a same-person verdict. */
  FACE_COMPARE(false, false, true);

  private final boolean usesDocument;
  private final boolean usesFace;
  private final boolean usesCompareImages;

  Product(boolean usesDocument, boolean usesFace, boolean usesCompareImages) {
    this.usesDocument = usesDocument;
    this.usesFace = usesFace;
    this.usesCompareImages = usesCompareImages;
  }

  /** Returns whether requests of this product carry document pages. */
  public boolean usesDocument() {
    return usesDocument;
  }

  /** Returns whether requests of this product carry selfie frames. */
  public boolean usesFace() {
    return usesFace;
  }

  /** Returns whether requests of this product carry the two {@link CompareImage}s. */
  public boolean usesCompareImages() {
    return usesCompareImages;
  }
}
