package org.kyc4j.testing;

/**
 * The defects {@link SyntheticDocuments} can apply to a rendered document or its scene. Every one is
 * simulated: a transform of synthetic pixels meant to resemble the real defect, never a capture of
 * it. The {@linkplain #category() category} says which check is expected to catch it.
 */
public enum DocumentDefect {
  /** No defect: the clean document in its scene. */
  NONE("none"),
  /** Gaussian-like defocus blur of the whole photo. */
  BLUR("quality"),
  /** Linear motion blur of the whole photo. */
  MOTION_BLUR("quality"),
  /** A bright specular blob over the card's text or portrait. */
  GLARE("quality"),
  /** A skin-coloured finger over the card's edge or portrait. */
  FINGER_OCCLUSION("quality"),
  /** The card lies partly outside the photo. */
  CUT_OFF("quality"),
  /** The photo is underexposed. */
  DARK("quality"),
  /** The photo is overexposed and clipped. */
  BRIGHT("quality"),
  /** A photo of a screen showing the scene: moire, an RGB sub-pixel grid, a gamma and colour shift. */
  SCREEN_RECAPTURE("screen"),
  /** A halftone print of the card (dot screen, grey or reduced gamut) photographed. */
  HALFTONE_PRINT("printed"),
  /** Another face pasted over the portrait. */
  PORTRAIT_SWAP("tamper"),
  /** A printed field re-rendered with another value over a flat patch. */
  TEXT_EDIT("tamper"),
  /**
   * Saved as JPEG at a lower quality (0.8), with one card region compressed twice (first at a low
   * quality, on a shifted block grid) where the rest is compressed once.
   */
  RECOMPRESSION("tamper");

  private final String category;

  DocumentDefect(String category) {
    this.category = category;
  }

  /** Returns {@code none}, {@code quality}, {@code screen}, {@code printed} or {@code tamper}. */
  public String category() {
    return category;
  }
}
