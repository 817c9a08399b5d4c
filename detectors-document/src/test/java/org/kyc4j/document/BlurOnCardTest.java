package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.CardZones;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.testing.TestImages;

/** Blur on a located card is measured at no more than the card's resolution in the photo. */
class BlurOnCardTest {
  private static final RgbImage RECTIFIED = TestImages.rgb(TestImages.noise(1000, 630, 3));

  @Test
  void aSmallCardIsNotJudgedOnItsUpsampledRaster() {
    DocumentCard small = new DocumentCard(Page.FRONT, CardFormat.ID1, DocumentQuad.of(10, 10, 310, 12, 308, 200,
        12, 198), RECTIFIED, 0.9, "test");
    DocumentCard large = new DocumentCard(Page.FRONT, CardFormat.ID1, DocumentQuad.of(0, 0, 2000, 0, 2000, 1260, 0,
        1260), RECTIFIED, 0.9, "test");
    assertThat(BlurDetector.measuredLongSide(new QualitySurface(RECTIFIED, Optional.of(small), CardZones.UNIFORM)))
        .isBetween(296, 300);
    assertThat(BlurDetector.measuredLongSide(new QualitySurface(RECTIFIED, Optional.of(large), CardZones.UNIFORM)))
        .isEqualTo(BlurDetector.LONG_SIDE);
    assertThat(BlurDetector.measuredLongSide(QualitySurface.wholePage(RECTIFIED))).isEqualTo(BlurDetector.LONG_SIDE);
  }
}
