package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.GlareBlobs;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a document photo with specular glare: the fraction of the page covered by saturated white
 * blobs that hide content and fade into a bright halo ({@link GlareBlobs}), measured on a copy
 * resampled to a long side of {@value #LONG_SIDE} px. Stateless and thread-safe.
 */
final class GlareDetector extends PageQualityDetector {
  static final String ID = "document.glare";
  /** The long side, in pixels, that pages are resampled to before measuring. */
  static final int LONG_SIDE = 640;
  /** Calibrated on the dev specimens and copies with a synthetic highlight (see GlareCalibrationTest). */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("fraction of the page covered by glare blobs",
      ThresholdTable.PassWhen.AT_MOST, 0.008, 0.005, 0.003);

  GlareDetector() {
    super(ID, ReasonCode.DOC_REFLECTION, THRESHOLDS);
  }

  @Override
  PageScore measure(RgbImage page) {
    Plane luma = Plane.of(page, Plane.Channel.LUMA, LONG_SIDE).enlargedTo(LONG_SIDE);
    Plane whiteness = Plane.of(page, Plane.Channel.WHITENESS, LONG_SIDE).enlargedTo(LONG_SIDE);
    GlareBlobs.Measure glare = GlareBlobs.of(luma, whiteness);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("glareFraction", format(glare.areaFraction()));
    evidence.put("glareBlobs", String.valueOf(glare.blobs()));
    evidence.put("largestGlareRadius", format(glare.largestRadius()));
    return new PageScore(glare.areaFraction(), evidence, "has glare: " + glare.blobs()
        + " saturated highlight(s) hide part of the document");
  }
}
