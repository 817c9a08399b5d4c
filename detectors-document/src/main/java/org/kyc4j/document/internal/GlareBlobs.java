package org.kyc4j.document.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds specular highlights: connected regions of pixels white in every channel that (1) do not
 * touch the image border (that is background around the document), (2) hold a solid disk whose
 * radius is at least {@link #MIN_RADIUS} of the long side (glare hides content; text counters and
 * thin white lines do not), and (3) fade into a bright halo all around: at least 90% of the pixels
 * 2 to 4 px outside have a luma of {@link #MIN_HALO} or more (a white area printed on a document
 * is bordered or pierced by ink somewhere, a highlight is not). Distances are in pixels of the
 * analysed plane. Stateless; not part of the API.
 */
public final class GlareBlobs {
  /** The whiteness (smallest RGB channel) from which a pixel counts as saturated white. */
  public static final float WHITE = 245f;
  /** The smallest inscribed radius of a highlight, as a fraction of the plane's long side. */
  public static final double MIN_RADIUS = 0.03;
  /** The luma that the {@link #HALO_QUANTILE} quantile of a highlight's halo must reach. */
  public static final double MIN_HALO = 150;
  /** The quantile of the halo's luma that must reach {@link #MIN_HALO}: a highlight is bright all around. */
  public static final double HALO_QUANTILE = 0.1;
  private static final int HALO_FROM = 2;
  private static final int HALO_TO = 4;

  /**
   * What was found.
   *
   * @param areaFraction the fraction of the plane covered by highlights
   * @param blobs the number of highlights
   * @param largestRadius the inscribed radius of the largest highlight, as a fraction of the long side; 0 if none
   */
  public record Measure(double areaFraction, int blobs, double largestRadius) {}

  /**
   * One white region away from the border.
   *
   * @param areaFraction its area as a fraction of the plane
   * @param radius its inscribed (city-block) radius as a fraction of the plane's long side
   * @param halo the {@link #HALO_QUANTILE} quantile of the luma of the pixels 2..4 px outside it, 0 if there are none
   */
  public record Blob(double areaFraction, double radius, double halo) {
    /** Returns whether this region is a highlight: solid enough and fading into a bright halo. */
    public boolean glare() {
      return radius >= MIN_RADIUS && halo >= MIN_HALO;
    }
  }

  private GlareBlobs() {}

  /** Measures highlights on a luma and a whiteness plane of the same size. */
  public static Measure of(Plane luma, Plane whiteness) {
    double area = 0;
    int blobs = 0;
    double largest = 0;
    for (Blob blob : blobs(luma, whiteness)) {
      if (blob.glare()) {
        area += blob.areaFraction();
        blobs++;
        largest = Math.max(largest, blob.radius());
      }
    }
    return new Measure(area, blobs, largest);
  }

  /**
   * Returns every white region that does not touch the border and whose inscribed radius is at
   * least half of {@link #MIN_RADIUS}: the highlights and the near misses, in scan order.
   */
  public static List<Blob> blobs(Plane luma, Plane whiteness) {
    return analyse(luma, whiteness).blobs();
  }

  /**
   * Returns the highlights' pixels: {@code true} where a pixel of the plane (row-major) belongs to
   * a region that {@link Blob#glare()} accepts.
   */
  public static boolean[] mask(Plane luma, Plane whiteness) {
    Analysis analysis = analyse(luma, whiteness);
    boolean[] glare = new boolean[analysis.components().count() + 1];
    for (int b = 0; b < analysis.blobs().size(); b++) {
      glare[analysis.labels()[b]] = analysis.blobs().get(b).glare();
    }
    boolean[] mask = new boolean[luma.size()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = glare[analysis.components().labelAt(i)];
    }
    return mask;
  }

  /** The labelled white regions, the candidates among them and their component labels. */
  private record Analysis(Components components, List<Blob> blobs, int[] labels) {}

  private static Analysis analyse(Plane luma, Plane whiteness) {
    int w = luma.width();
    int h = luma.height();
    if (whiteness.width() != w || whiteness.height() != h) {
      throw new IllegalArgumentException("planes differ in size: " + luma + " and " + whiteness);
    }
    boolean[] mask = new boolean[w * h];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = whiteness.at(i) >= WHITE;
    }
    Components components = Components.label(mask, w, h);
    int[] radius = components.maxPerLabel(insideDistance(mask, w, h));
    double longSide = Math.max(w, h);
    boolean[] candidate = new boolean[components.count() + 1];
    for (int c = 1; c <= components.count(); c++) {
      candidate[c] = !components.touchesBorder(c) && radius[c] >= MIN_RADIUS / 2 * longSide;
    }
    double[] halo = halo(mask, components, candidate, luma, w, h);
    List<Blob> blobs = new ArrayList<>();
    int[] labels = new int[components.count()];
    for (int c = 1; c <= components.count(); c++) {
      if (candidate[c]) {
        labels[blobs.size()] = c;
        blobs.add(new Blob((double) components.area(c) / mask.length, radius[c] / longSide, halo[c]));
      }
    }
    return new Analysis(components, blobs, labels);
  }

  /** City-block distance from each white pixel to the nearest non-white pixel (outside counts as non-white). */
  static int[] insideDistance(boolean[] mask, int w, int h) {
    int[] d = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        if (mask[i]) {
          int left = x > 0 ? d[i - 1] : 0;
          int up = y > 0 ? d[i - w] : 0;
          d[i] = Math.min(left, up) + 1;
        }
      }
    }
    for (int y = h - 1; y >= 0; y--) {
      for (int x = w - 1; x >= 0; x--) {
        int i = y * w + x;
        if (mask[i]) {
          int right = x < w - 1 ? d[i + 1] : 0;
          int down = y < h - 1 ? d[i + w] : 0;
          d[i] = Math.min(d[i], Math.min(right, down) + 1);
        }
      }
    }
    return d;
  }

  /**
   * The {@link #HALO_QUANTILE} quantile of the luma of the non-white pixels 2..4 px (chessboard)
   * outside each candidate component (others get 0); 0 if a candidate has no such pixel.
   */
  private static double[] halo(boolean[] mask, Components components, boolean[] candidate, Plane luma, int w,
      int h) {
    int[] distance = new int[w * h];
    int[] nearest = new int[w * h];
    int[] queue = new int[w * h];
    int tail = seedFrontier(mask, components, distance, nearest, queue, w, h);
    long[][] histograms = new long[components.count() + 1][];
    for (int c = 1; c <= components.count(); c++) {
      histograms[c] = candidate[c] ? new long[256] : null;
    }
    for (int head = 0; head < tail; head++) {
      int i = queue[head];
      if (distance[i] >= HALO_FROM && histograms[nearest[i]] != null) {
        histograms[nearest[i]][Math.max(0, Math.min(255, Math.round(luma.at(i))))]++;
      }
      if (distance[i] < HALO_TO) {
        tail = spread(i, mask, distance, nearest, queue, tail, w, h);
      }
    }
    double[] halo = new double[components.count() + 1];
    for (int c = 1; c <= components.count(); c++) {
      halo[c] = histograms[c] == null ? 0 : quantile(histograms[c], HALO_QUANTILE);
    }
    return halo;
  }

  /** Queues the non-white pixels touching a white one (distance 1), labelled with that component. */
  private static int seedFrontier(boolean[] mask, Components components, int[] distance, int[] nearest,
      int[] queue, int w, int h) {
    int tail = 0;
    for (int i = 0; i < mask.length; i++) {
      if (!mask[i]) {
        int label = adjacentLabel(i, mask, components, w, h);
        if (label > 0) {
          distance[i] = 1;
          nearest[i] = label;
          queue[tail++] = i;
        }
      }
    }
    return tail;
  }

  private static int spread(int i, boolean[] mask, int[] distance, int[] nearest, int[] queue, int tail, int w,
      int h) {
    int x = i % w;
    int y = i / w;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        int j = ny * w + nx;
        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !mask[j] && distance[j] == 0) {
          distance[j] = distance[i] + 1;
          nearest[j] = nearest[i];
          queue[tail++] = j;
        }
      }
    }
    return tail;
  }

  private static double quantile(long[] histogram, double q) {
    long n = 0;
    for (long count : histogram) {
      n += count;
    }
    return n == 0 ? 0 : Tones.percentile(histogram, n, q);
  }

  private static int adjacentLabel(int i, boolean[] mask, Components components, int w, int h) {
    int x = i % w;
    int y = i / w;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int nx = x + dx;
        int ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < w && ny < h && mask[ny * w + nx]) {
          return components.labelAt(ny * w + nx);
        }
      }
    }
    return 0;
  }
}
