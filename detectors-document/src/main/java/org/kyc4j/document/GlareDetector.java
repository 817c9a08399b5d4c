package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.CardZones;
import org.kyc4j.document.internal.GlareBlobs;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a document photo with specular glare over its content: saturated white blobs that hide
 * content and fade into a bright halo ({@link GlareBlobs}), measured on a copy resampled to a long
 * side of {@value #LONG_SIDE} px, each glare pixel weighted by what it hides ({@link CardZones}):
 * on a located card the MRZ band and the portrait count in full, the printed fields half and the
 * empty margin a tenth; on a whole photo, whose layout is unknown, every pixel counts in full.
 * Stateless and thread-safe.
 */
final class GlareDetector extends PageQualityDetector {
  static final String ID = "document.glare";
  /** The long side, in pixels, that pages are resampled to before measuring. */
  static final int LONG_SIDE = 640;
  /** Calibrated on the dev specimens and copies with a synthetic highlight (see GlareCalibrationTest). */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("fraction of the page covered by glare blobs, "
      + "weighted by what they hide (on a located card: MRZ band or portrait " + CardZones.CONTENT + ", fields "
      + CardZones.FIELDS + ", margin " + CardZones.MARGIN + "; on a whole photo " + CardZones.CONTENT + ")",
      ThresholdTable.PassWhen.AT_MOST, 0.008, 0.005, 0.003);

  GlareDetector() {
    super(ID, ReasonCode.DOC_REFLECTION, THRESHOLDS);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.DOCUMENT_CARDS, Keys.PORTRAIT_FACES);
  }

  @Override
  PageScore measure(QualitySurface surface) {
    RgbImage page = surface.image();
    Plane luma = Plane.of(page, Plane.Channel.LUMA, LONG_SIDE).enlargedTo(LONG_SIDE);
    Plane whiteness = Plane.of(page, Plane.Channel.WHITENESS, LONG_SIDE).enlargedTo(LONG_SIDE);
    GlareBlobs.Measure glare = GlareBlobs.of(luma, whiteness);
    boolean[] mask = GlareBlobs.mask(luma, whiteness);
    Map<String, Double> byZone = new LinkedHashMap<>();
    double weighted = 0;
    int w = luma.width();
    int h = luma.height();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        double fx = (i % w + 0.5) / w;
        double fy = (i / w + 0.5) / h;
        weighted += surface.zones().weight(fx, fy);
        byZone.merge(surface.zones().zoneAt(fx, fy), 1.0 / mask.length, Double::sum);
      }
    }
    double score = weighted / mask.length;
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("weightedGlareFraction", format(score));
    evidence.put("glareFraction", format(glare.areaFraction()));
    evidence.put("glareBlobs", String.valueOf(glare.blobs()));
    evidence.put("largestGlareRadius", format(glare.largestRadius()));
    byZone.forEach((zone, fraction) -> evidence.put("glare." + zone, format(fraction)));
    return new PageScore(score, evidence, "has glare: " + glare.blobs()
        + " saturated highlight(s) hide part of the document" + (byZone.isEmpty() ? "" : " (" + zones(byZone) + ")"));
  }

  private static String zones(Map<String, Double> byZone) {
    StringBuilder text = new StringBuilder();
    byZone.forEach((zone, fraction) -> text.append(text.length() == 0 ? "" : ", ").append("over the ").append(zone)
        .append(' ').append(format(100 * fraction)).append('%'));
    return text.toString();
  }
}
