package org.kyc4j.api;

/**
 * How one photo of a document page was taken. Every configured page has one {@link #PLAIN} photo;
 * the flash check ({@code docFlashCheck=true}) adds a {@link #FLASH} photo of the front, and the
 * multi-angle scan mode ({@code docScanMode=MULTI_ANGLE}) an {@link #ANGLED} photo of the front.
 */
public enum PhotoKind {
  /** The page facing the camera, without flash: the photo every request carries. */
  PLAIN,
  /** The same page taken with the flash on, beside the plain photo taken without it. */
  FLASH,
  /** The card inclined about 30 degrees to the camera, beside the plain photo facing it. */
  ANGLED
}
