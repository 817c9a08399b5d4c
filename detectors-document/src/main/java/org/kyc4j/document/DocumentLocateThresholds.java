package org.kyc4j.document;

import org.kyc4j.api.Level;
import org.kyc4j.document.internal.CardLocator;
import org.kyc4j.spi.ThresholdTable;

/**
 * What each level means for {@code document.locate}: the gates an outline must pass to be taken
 * as the document. LOOSE accepts smaller, more distorted cards nearer the border; STRICT asks for a
 * larger card, closer to its format's aspect and clear of the border. Immutable.
 */
public final class DocumentLocateThresholds {
  /** The least share of the photo the document must cover (the detector's scored threshold). */
  public static final ThresholdTable MIN_AREA_SHARE = ThresholdTable.of("share of the photo covered by the document",
      ThresholdTable.PassWhen.AT_LEAST, 0.03, 0.05, 0.08);
  /** The largest relative distance of the outline's aspect (mean side lengths) from ID-1's 1.586 or ID-3's 1.42. */
  public static final ThresholdTable ASPECT_TOLERANCE = ThresholdTable.of(
      "relative distance of the outline's aspect from its format's", ThresholdTable.PassWhen.AT_MOST, 0.16, 0.12, 0.09);
  /** The least distance of every corner from the photo's border, over the photo's short side; nearer is DOC_CUT_OFF. */
  public static final ThresholdTable BORDER_MARGIN = ThresholdTable.of(
      "distance of the nearest corner from the border, over the short side", ThresholdTable.PassWhen.AT_LEAST,
      0.002, 0.005, 0.01);

  private DocumentLocateThresholds() {}

  static CardLocator.Limits limits(Level level) {
    return new CardLocator.Limits(MIN_AREA_SHARE.at(level), ASPECT_TOLERANCE.at(level), BORDER_MARGIN.at(level));
  }
}
