package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.document.internal.Tones;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a document photo that is too dark or too bright. The score is the tonal headroom
 * {@code min(p99, 255 - p1)} of the luma: a dark photo never reaches a bright paper white (low
 * 99th percentile), a washed-out one never reaches dark ink (high 1st percentile). White
 * backgrounds around a document do not count against it, unlike a clipped-pixel fraction; mean
 * luma and the crushed and clipped fractions are reported as evidence. Stateless and thread-safe.
 */
final class ExposureDetector extends PageQualityDetector {
  static final String ID = "document.exposure";
  /** Calibrated on the dev specimens and their darkened and washed-out copies (see ExposureCalibrationTest). */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("tonal headroom min(p99, 255 - p1) of the luma",
      ThresholdTable.PassWhen.AT_LEAST, 90, 115, 135);
  private static final int LONG_SIDE = 640;

  ExposureDetector() {
    super(ID, ReasonCode.DOC_EXPOSURE, THRESHOLDS);
  }

  @Override
  PageScore measure(QualitySurface surface) {
    RgbImage page = surface.image();
    Tones tones = Tones.of(Plane.of(page, Plane.Channel.LUMA, LONG_SIDE));
    double brightEnd = tones.p99();
    double darkEnd = 255 - tones.p1();
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("meanLuma", format(tones.mean()));
    evidence.put("lumaP1", format(tones.p1()));
    evidence.put("lumaP99", format(tones.p99()));
    evidence.put("crushedFraction", format(tones.crushedFraction()));
    evidence.put("clippedFraction", format(tones.clippedFraction()));
    String problem = brightEnd <= darkEnd
        ? "is too dark: its brightest 1% only reaches luma " + format(tones.p99()) + " (mean luma "
            + format(tones.mean()) + ")"
        : "is too bright: even its darkest 1% is at luma " + format(tones.p1()) + " (mean luma "
            + format(tones.mean()) + ", " + format(100 * tones.clippedFraction()) + "% clipped), so ink is washed out";
    return new PageScore(Math.min(brightEnd, darkEnd), evidence, problem);
  }
}
