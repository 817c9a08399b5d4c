package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.document.internal.Sharpness;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a blurred document photo: the variance of the Laplacian of the luma, measured on a copy
 * area-averaged down to a long side of at most {@value #LONG_SIDE} px so that a sharp photo scores
 * alike at any capture resolution. Stateless and thread-safe.
 */
final class BlurDetector extends PageQualityDetector {
  static final String ID = "document.blur";
  /** The long side, in pixels, that pages are reduced to before measuring. */
  static final int LONG_SIDE = 640;
  /** Calibrated on the dev specimens and their Gaussian-blurred copies (see BlurCalibrationTest). */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("Laplacian variance of the luma at a long side of "
      + "at most " + LONG_SIDE + " px", ThresholdTable.PassWhen.AT_LEAST, 60, 120, 200);

  BlurDetector() {
    super(ID, ReasonCode.DOC_BLURRED, THRESHOLDS);
  }

  @Override
  PageScore measure(QualitySurface surface) {
    RgbImage page = surface.image();
    Plane luma = Plane.of(page, Plane.Channel.LUMA, measuredLongSide(surface));
    double variance = Sharpness.laplacianVariance(luma);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("laplacianVariance", format(variance));
    evidence.put("analysedSize", luma.width() + "x" + luma.height());
    return new PageScore(variance, evidence, "is blurred: its edges are too soft to read");
  }

  /**
   * Returns the long side to measure at: {@value #LONG_SIDE}, or on a located card no more than the
   * card's width in the photo, because the rectified raster is upsampled from a small card and
   * upsampling softens the edges the threshold was set on.
   */
  static int measuredLongSide(QualitySurface surface) {
    return surface.card().map(card -> {
      DocumentQuad q = card.corners();
      double width = (Math.hypot(q.x2() - q.x1(), q.y2() - q.y1()) + Math.hypot(q.x3() - q.x4(), q.y3() - q.y4())) / 2;
      return (int) Math.max(64, Math.min(LONG_SIDE, Math.round(width)));
    }).orElse(LONG_SIDE);
  }
}
