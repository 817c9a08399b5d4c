package org.kyc4j.api;

/**
 * The five categories in which a decision summarises the document's authenticity, as the mirrored
 * product reports them. A finding says it judged a category with the evidence entry
 * {@link #evidenceKey()} whose value is an {@link Outcome} name; a category no finding judged is
 * {@link Outcome#NOT_SUPPORTED} in {@link DocumentChecks}.
 */
public enum DocumentCheck {
  /** Edits of the document: pasted portrait or text, inconsistent compression or noise. */
  TAMPER_CHECK,
  /** What the document is made of: a paper print or photocopy instead of the card. */
  MATERIAL_CHECK,
  /** A photo of a screen showing the document. */
  SCREEN_RECAPTURE_CHECK,
  /** The document's information: fields consistent with each other and with the claims, check digits valid, not expired. */
  INFORMATION_CHECK,
  /** Security features of layouts the engine knows: hologram, ghost image, issuer marks. */
  SECURITY_FEATURE_CHECK;

  /** Returns the evidence key by which a finding reports this category, {@code documentCheck.NAME}. */
  public String evidenceKey() {
    return "documentCheck." + name();
  }
}
