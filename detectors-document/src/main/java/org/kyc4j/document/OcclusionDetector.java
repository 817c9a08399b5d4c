package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.document.internal.Occluders;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a document photo with a finger or a hand over the document: the area of the largest smooth
 * skin-coloured region that intrudes from the page's edge ({@link Occluders}), measured on a copy
 * reduced to a long side of at most {@value #LONG_SIDE} px. Objects of other colours are not
 * detected. Stateless and thread-safe.
 */
final class OcclusionDetector extends PageQualityDetector {
  static final String ID = "document.occlusion";
  /** The long side, in pixels, that pages are reduced to before measuring. */
  static final int LONG_SIDE = 320;
  /** Calibrated on the dev specimens and copies with a synthetic finger (see DocumentQualityEvaluation). */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("fraction of the page covered by a smooth "
      + "skin-coloured region intruding from its edge", ThresholdTable.PassWhen.AT_MOST, 0.04, 0.025, 0.015);

  OcclusionDetector() {
    super(ID, ReasonCode.DOC_OCCLUDED, THRESHOLDS);
  }

  @Override
  PageScore measure(QualitySurface surface) {
    Plane luma = Plane.of(surface.image(), Plane.Channel.LUMA, LONG_SIDE);
    Plane skin = Plane.of(surface.image(), Plane.Channel.SKIN, LONG_SIDE);
    Occluders.Measure occluder = Occluders.of(luma, skin);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("occludedFraction", format(occluder.areaFraction()));
    evidence.put("occluderBorderContact", format(occluder.contact()));
    evidence.put("smoothSkinFraction", format(occluder.skinFraction()));
    return new PageScore(occluder.areaFraction(), evidence, "is partly covered: a finger or hand over "
        + format(100 * occluder.areaFraction()) + "% of it, reaching in from its edge");
  }
}
