package org.kyc4j.spi;

import java.util.Objects;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;

/**
 * One document page found in its photo and warped to an upright raster of its format's aspect,
 * for every later document detector to work on instead of the whole photo. Immutable.
 *
 * @param page which page of the request's document this is
 * @param format the document's size class, which fixes the raster's aspect and where the MRZ sits
 * @param corners where the document lies in the decoded photo
 * @param rectified the document alone, upright, {@code format}'s aspect
 * @param confidence how sure the locator is, 0 to 1
 * @param method how it was found (for example {@code contour}, {@code lines}, {@code mrz-anchor}), for audit
 */
public record DocumentCard(Page page, CardFormat format, DocumentQuad corners, RgbImage rectified,
    double confidence, String method) {
  /** Checks that nothing is null and the confidence is within 0 to 1. */
  public DocumentCard {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(corners, "corners");
    Objects.requireNonNull(rectified, "rectified");
    Objects.requireNonNull(method, "method");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence is " + confidence + "; allowed: 0 to 1");
    }
  }

  /** Returns the rectified raster's pixels per millimetre. */
  public double pixelsPerMm() {
    return rectified.width() / format.widthMm();
  }
}
