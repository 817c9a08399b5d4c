package org.kyc4j.document;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.CardLocator;
import org.kyc4j.document.internal.CardRectifier;
import org.kyc4j.document.internal.MrzEdge;
import org.kyc4j.document.internal.OpenCv;
import org.kyc4j.document.internal.Quads;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentQuad;
import org.opencv.core.Mat;

/**
 * Finds the card or passport data page in a photo and warps it upright to its format's aspect,
 * 1000 px wide; what {@code document.locate} runs, public for evaluations and applications.
 * Orientation: the long side is made horizontal, and the MRZ band, when seen, is put at the
 * bottom; without one the card is taken the way up nearest the photo's. Stateless and
 * thread-safe; the first call loads OpenCV's native library.
 */
public final class DocumentLocator {
  /** What a search found. */
  public enum Status { FOUND, CUT_OFF, NOT_FOUND }

  /**
   * One page's outcome.
   *
   * @param status found, partly outside the photo, or not found
   * @param card the located card; present unless NOT_FOUND
   * @param problem what is wrong, for a failure message; empty when FOUND
   * @param evidence named measurements, values formatted
   */
  public record Location(Status status, Optional<DocumentCard> card, String problem, Map<String, String> evidence) {
    /** Checks for nulls and copies the evidence. */
    public Location {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(card, "card");
      Objects.requireNonNull(problem, "problem");
      evidence = Map.copyOf(evidence);
    }
  }

  /** Creates a locator. */
  public DocumentLocator() {}

  /** Locates the document of {@code page} in {@code photo} with the gates of {@code level} (not CLOSED). */
  public Location locate(Page page, RgbImage photo, Level level) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(photo, "photo");
    CardLocator.Limits limits = DocumentLocateThresholds.limits(Objects.requireNonNull(level, "level"));
    if (Math.min(photo.width(), photo.height()) < CardLocator.MIN_SIDE) {
      return toLocation(page, CardLocator.locate(photo, limits), null);
    }
    Mat bgr = OpenCv.bgr(photo);
    try {
      CardLocator.Location found = CardLocator.locate(bgr, limits);
      CardRectifier.Rectified rectified = found.quad() == null ? null
          : CardRectifier.rectify(bgr, found.quad(), CardRectifier.format(Quads.aspect(found.quad())));
      return toLocation(page, found, rectified);
    } finally {
      bgr.release();
    }
  }

  private static Location toLocation(Page page, CardLocator.Location found, CardRectifier.Rectified rectified) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("method", found.method());
    if (rectified == null) {
      return new Location(Status.NOT_FOUND, Optional.empty(), found.problem(), evidence);
    }
    double aspect = Quads.aspect(found.quad());
    CardFormat format = CardRectifier.format(aspect);
    DocumentQuad quad = DocumentQuad.of(rectified.quad());
    evidence.put("quad", quad.toPixels());
    evidence.put("format", format.name());
    evidence.put("aspect", PageQualityDetector.format(aspect));
    evidence.put("areaShare", PageQualityDetector.format(found.areaShare()));
    evidence.put("edgeSupport", PageQualityDetector.format(found.support()));
    evidence.put("borderMargin", PageQualityDetector.format(found.margin()));
    evidence.put("orientation", switch (rectified.mrz()) {
      case BOTTOM -> "mrz-bottom";
      case TOP -> "mrz-top-turned";
      case UNKNOWN -> "assumed";
    });
    String method = found.method() + (rectified.mrz() == MrzEdge.Side.UNKNOWN ? "" : "+mrz-anchor");
    double confidence = found.method().equals("full-frame") ? 0.5 : Math.min(1, found.support());
    Status status = found.status() == CardLocator.Status.CUT_OFF ? Status.CUT_OFF : Status.FOUND;
    if (status == Status.CUT_OFF) {
      confidence /= 2;
    }
    DocumentCard card = new DocumentCard(page, format, quad, rectified.image(), confidence, method);
    return new Location(status, Optional.of(card), found.problem(), evidence);
  }

  static String lower(Page page) {
    return page.name().toLowerCase(Locale.ROOT);
  }
}
