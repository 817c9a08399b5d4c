package org.kyc4j.api;

/** The entry points of the engine; each product needs its own parts of a request. */
public enum Product {
  /** Document pages and selfie frames: the full decision. */
  REAL_ID(true, true),
  /** Selfie frames only: liveness, face quality, best face, embedding. */
  FACE_CAPTURE(false, true),
  /** Document pages only: quality, anti-spoofing, fields, portrait. */
  ID_RECOGNITION(true, false),
  /** Two face images (two selfie frames): similarity and a same-person verdict. */
  FACE_COMPARE(false, true);

  private final boolean usesDocument;
  private final boolean usesFace;

  Product(boolean usesDocument, boolean usesFace) {
    this.usesDocument = usesDocument;
    this.usesFace = usesFace;
  }

  /** Returns whether requests of this product carry document pages. */
  public boolean usesDocument() {
    return usesDocument;
  }

  /** Returns whether requests of this product carry selfie frames. */
  public boolean usesFace() {
    return usesFace;
  }
}
