package org.kyc4j.document.internal;

/**
 * Finds a finger or a hand over a page: a region of skin colour ({@link Plane.Channel#SKIN}) that
 * is smooth (no print shows through it) and intrudes from the page's edge, touching at most
 * {@value #MAX_CONTACT} of the border's length (a card's own background touches it all round) and
 * reaching in at least {@value #MIN_DEPTH} of the short side on average, and no larger than
 * {@value #MAX_AREA} of the page.
 * Distances are in pixels of the analysed plane. Stateless; not part of the API.
 */
public final class Occluders {
  /** The share of a cell's pixels that must be skin-coloured for the cell to count as skin. */
  public static final float SKIN_SHARE = 0.6f * 255;
  /** The largest luma gradient (central differences, 0..255 per pixel) of a smooth cell. */
  public static final double MAX_GRADIENT = 10;
  /** The largest share of the border's length an occluder may touch. */
  public static final double MAX_CONTACT = 0.3;
  /**
   * The smallest mean depth (area over border contact) of an occluder, as a fraction of the short
   * side: a finger reaches in, a strip of background between the print and the edge does not.
   */
  public static final double MIN_DEPTH = 0.08;
  /**
   * The largest area of an occluder, as a fraction of the plane: a larger smooth skin-coloured
   * region is taken for the document's own background (two dev specimens have one of 17% and 23%).
   */
  public static final double MAX_AREA = 0.15;

  /**
   * What was found.
   *
   * @param areaFraction the area of the largest occluder, as a fraction of the plane
   * @param contact the share of the border's length it touches, 0 if none was found
   * @param skinFraction the share of the plane that is smooth skin, occluder or not
   */
  public record Measure(double areaFraction, double contact, double skinFraction) {}

  private Occluders() {}

  /** Measures occluders on a luma and a skin plane of the same size. */
  public static Measure of(Plane luma, Plane skin) {
    int w = luma.width();
    int h = luma.height();
    if (skin.width() != w || skin.height() != h) {
      throw new IllegalArgumentException("planes differ in size: " + luma + " and " + skin);
    }
    boolean[] mask = new boolean[w * h];
    int skinCells = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        mask[i] = skin.at(i) >= SKIN_SHARE && gradient(luma, x, y) <= MAX_GRADIENT;
        skinCells += mask[i] ? 1 : 0;
      }
    }
    Components components = Components.label(mask, w, h);
    int[] contact = borderContact(components, w, h);
    int perimeter = 2 * (w + h) - 4;
    double best = 0;
    double bestContact = 0;
    for (int c = 1; c <= components.count(); c++) {
      double share = (double) contact[c] / perimeter;
      double area = (double) components.area(c) / mask.length;
      double depth = (double) components.area(c) / Math.max(1, contact[c]) / Math.min(w, h);
      if (contact[c] > 0 && share <= MAX_CONTACT && depth >= MIN_DEPTH && area <= MAX_AREA && area > best) {
        best = area;
        bestContact = share;
      }
    }
    return new Measure(best, bestContact, (double) skinCells / mask.length);
  }

  private static double gradient(Plane luma, int x, int y) {
    int w = luma.width();
    int h = luma.height();
    double gx = (luma.get(Math.min(w - 1, x + 1), y) - luma.get(Math.max(0, x - 1), y)) / 2;
    double gy = (luma.get(x, Math.min(h - 1, y + 1)) - luma.get(x, Math.max(0, y - 1))) / 2;
    return Math.hypot(gx, gy);
  }

  /** Returns, per label, how many border pixels the component holds. */
  private static int[] borderContact(Components components, int w, int h) {
    int[] contact = new int[components.count() + 1];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
          contact[components.labelAt(y * w + x)]++;
        }
      }
    }
    contact[0] = 0;
    return contact;
  }
}
