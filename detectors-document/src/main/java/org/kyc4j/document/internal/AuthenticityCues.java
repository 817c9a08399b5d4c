package org.kyc4j.document.internal;

import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.DocumentQuad;

/**
 * Every authenticity cue of one document page: colour on the card's raster, periodic patterns on the
 * photo's native pixels inside the card, and (JPEG inputs only) the JPEG traces of the whole photo.
 *
 * @param colour the colour spread and cast of the card (of the whole photo when no card was located)
 * @param spectrum the moire and halftone peaks
 * @param jpeg the JPEG traces, null when the page's bytes are not a JPEG
 * @param onCard whether the colour was measured on a located card
 */
public record AuthenticityCues(ColourSpread.Measure colour, PeriodicSpectrum.Measure spectrum,
    JpegTraces.Measure jpeg, boolean onCard) {
  /** Checks that the colour and spectrum are present. */
  public AuthenticityCues {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(spectrum, "spectrum");
  }

  /**
   * Measures one page.
   *
   * @param photo the decoded photo
   * @param card the located card's raster, or null to measure colour on the whole photo
   * @param quad where the card lies in {@code photo}, or null for the whole photo
   * @param bytes the photo's encoded bytes, or null when unknown
   */
  public static AuthenticityCues measure(RgbImage photo, RgbImage card, DocumentQuad quad, byte[] bytes) {
    Objects.requireNonNull(photo, "photo");
    ColourSpread.Measure colour = ColourSpread.of(card != null ? card : photo);
    PeriodicSpectrum.Measure spectrum = PeriodicSpectrum.of(photo, quad);
    JpegTraces.Measure jpeg = bytes != null && JpegTraces.isJpeg(bytes) ? JpegTraces.of(photo) : null;
    return new AuthenticityCues(colour, spectrum, jpeg, card != null);
  }
}
