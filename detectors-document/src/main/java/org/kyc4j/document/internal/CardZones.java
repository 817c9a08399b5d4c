package org.kyc4j.document.internal;

import org.kyc4j.spi.CardFormat;

/**
 * How much glare matters at each point of a page, by where content lies (coordinates are fractions
 * of the raster's width and height). On a rectified card: the MRZ band at the bottom (ICAO 9303:
 * TD1 three lines in the bottom third, TD2 and TD3 two lines in the bottom quarter or so) and the
 * portrait at the left of an ID-1 front and of a TD2 or TD3 data page weigh {@value #CONTENT}; the
 * rest of the interior, where the printed fields are, {@value #FIELDS}; the outer margin
 * {@value #MARGIN}. A whole photo, whose layout is unknown, weighs {@value #CONTENT} everywhere (a
 * known portrait box there only names the zone in the evidence). Immutable; not part of the API.
 *
 * @param mrzTop where the MRZ band starts (fraction of the height), or 1 for none
 * @param portrait the portrait box {x0, y0, x1, y1} as fractions, or null for none
 * @param margin the width of the outer margin as a fraction of the short side, or 0 for no layout
 */
public record CardZones(double mrzTop, double[] portrait, double margin) {
  /** Weight of glare over the MRZ band or the portrait. */
  public static final double CONTENT = 1.0;
  /** Weight of glare over the printed fields. */
  public static final double FIELDS = 0.5;
  /** Weight of glare in the empty outer margin. */
  public static final double MARGIN = 0.1;
  /** A photo of unknown layout: glare counts in full everywhere. */
  public static final CardZones UNIFORM = new CardZones(1, null, 0);

  /** Copies the portrait box. */
  public CardZones {
    portrait = portrait == null ? null : portrait.clone();
  }

  /**
   * Returns the zones of a rectified card of {@code format}: the MRZ band at the bottom, and on
   * the front (or any TD2 or TD3 data page) the portrait on the left.
   */
  public static CardZones ofCard(CardFormat format, boolean front) {
    return switch (format) {
      case ID1 -> new CardZones(1 - 0.34, front ? new double[] {0.02, 0.18, 0.38, 0.92} : null, 0.05);
      case ID2 -> new CardZones(1 - 0.30, new double[] {0.02, 0.12, 0.36, 0.72}, 0.04);
      case ID3 -> new CardZones(1 - 0.27, new double[] {0.02, 0.12, 0.34, 0.75}, 0.04);
    };
  }

  /** Returns the zones of a whole photo whose portrait lies in the given box (fractions). */
  public static CardZones ofPortrait(double x0, double y0, double x1, double y1) {
    return new CardZones(1, new double[] {x0, y0, x1, y1}, 0);
  }

  /** Returns how much glare at {@code (fx, fy)} (fractions of width and height) matters. */
  public double weight(double fx, double fy) {
    if (margin == 0) {
      return CONTENT;
    }
    if (fy >= mrzTop || inPortrait(fx, fy)) {
      return CONTENT;
    }
    boolean inMargin = fx < margin || fx > 1 - margin || fy < margin * 1.5 || fy > 1 - margin * 1.5;
    return inMargin ? MARGIN : FIELDS;
  }

  /** Returns the zone's name at {@code (fx, fy)}: {@code mrz}, {@code portrait}, {@code fields} or {@code margin}. */
  public String zoneAt(double fx, double fy) {
    if (fy >= mrzTop) {
      return "mrz";
    }
    if (inPortrait(fx, fy)) {
      return "portrait";
    }
    double w = weight(fx, fy);
    return w == MARGIN ? "margin" : w == CONTENT ? "page" : "fields";
  }

  private boolean inPortrait(double fx, double fy) {
    return portrait != null && fx >= portrait[0] && fx <= portrait[2] && fy >= portrait[1] && fy <= portrait[3];
  }
}
