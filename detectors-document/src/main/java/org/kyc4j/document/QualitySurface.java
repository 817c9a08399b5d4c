package org.kyc4j.document;

import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.CardZones;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FrameFaces;

/**
 * What a quality detector measures for one page: the located card's rectified raster when the
 * locator found it, else the whole photo; with where the text and portrait lie on it.
 *
 * @param image the raster measured
 * @param card the located card the raster is, or empty when it is the whole photo
 * @param zones where on the raster glare hides content
 */
record QualitySurface(RgbImage image, Optional<DocumentCard> card, CardZones zones) {
  QualitySurface {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(zones, "zones");
  }

  /** Returns the whole photo as the surface, without layout. */
  static QualitySurface wholePage(RgbImage image) {
    return new QualitySurface(image, Optional.empty(), CardZones.UNIFORM);
  }

  /**
   * Returns the surface of one page: its card when located, else the whole photo; on the whole
   * front photo the portrait box of {@code portraitFaces} (decoded-photo pixels) marks the portrait.
   */
  static QualitySurface of(Page page, RgbImage photo, Optional<DocumentCard> card, Optional<FrameFaces> portraitFaces) {
    if (card.isPresent()) {
      CardFormat format = card.get().format();
      return new QualitySurface(card.get().rectified(), card, CardZones.ofCard(format, page == Page.FRONT));
    }
    Optional<FaceBox> portrait = page == Page.FRONT ? portraitFaces.flatMap(FrameFaces::subject) : Optional.empty();
    return portrait.map(box -> new QualitySurface(photo, Optional.<DocumentCard>empty(),
        CardZones.ofPortrait(box.x() / photo.width(), box.y() / photo.height(), (box.x() + box.width()) / photo.width(),
            (box.y() + box.height()) / photo.height())))
        .orElseGet(() -> wholePage(photo));
  }

  /** Returns {@code card} or {@code page}, for the evidence. */
  String source() {
    return card.isPresent() ? "card" : "page";
  }
}
