package org.kyc4j.document;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.document.internal.OpenCv;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * {@code document.locate}: finds the document on every decoded page ({@link DocumentLocator}),
 * provides the rectified cards under {@link Keys#DOCUMENT_CARDS} and the front card as a JPEG
 * under {@link Keys#CROPPED_DOCUMENT}; fails with DOC_NOT_FOUND when a page shows no document and
 * DOC_CUT_OFF when it runs off the photo. Stateless and thread-safe.
 */
final class DocumentLocateDetector implements Detector {
  static final String ID = "document.locate";
  private static final int JPEG_QUALITY = 90;
  private final DocumentLocator locator = new DocumentLocator();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.DOCUMENT;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.IMAGES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.DOCUMENT_CARDS, Keys.CROPPED_DOCUMENT);
  }

  /** No document-quality check has a level of its own, so the locator runs with the other quality checks. */
  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.DOCUMENT_QUALITY;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public ThresholdTable thresholds() {
    return DocumentLocateThresholds.MIN_AREA_SHARE;
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    DecodedImages images = context.get(Keys.IMAGES);
    if (images.pages().isEmpty()) {
      return Finding.skipped(ID, Stage.DOCUMENT, "the request has no document page to locate");
    }
    Level level = context.level();
    Map<Page, DocumentCard> cards = new EnumMap<>(Page.class);
    Map<String, String> evidence = new LinkedHashMap<>();
    Page notFound = null;
    Page cutOff = null;
    String problem = "";
    double smallest = Double.POSITIVE_INFINITY;
    for (Map.Entry<Page, RgbImage> page : images.pages().entrySet()) {
      DocumentLocator.Location location = locator.locate(page.getKey(), page.getValue(), level);
      String prefix = DocumentLocator.lower(page.getKey()) + ".";
      location.evidence().forEach((name, value) -> evidence.put(prefix + name, value));
      location.card().ifPresent(card -> cards.put(page.getKey(), card));
      if (location.status() == DocumentLocator.Status.NOT_FOUND && notFound == null) {
        notFound = page.getKey();
        problem = location.problem();
      } else if (location.status() == DocumentLocator.Status.CUT_OFF && cutOff == null) {
        cutOff = page.getKey();
        problem = notFound == null ? location.problem() : problem;
      }
      smallest = Math.min(smallest, Double.parseDouble(location.evidence().getOrDefault("areaShare", "0")));
    }
    evidence.put("level", level.name());
    context.put(Keys.DOCUMENT_CARDS, new DocumentCards(cards));
    DocumentCard front = cards.get(Page.FRONT);
    if (front != null) {
      context.put(Keys.CROPPED_DOCUMENT, jpeg(front.rectified()));
    }
    double threshold = thresholds().at(level);
    if (notFound != null) {
      return fail(ReasonCode.DOC_NOT_FOUND, notFound, problem, smallest, threshold, evidence);
    }
    if (cutOff != null) {
      return fail(ReasonCode.DOC_CUT_OFF, cutOff, problem, smallest, threshold, evidence);
    }
    return Finding.pass(ID, Stage.DOCUMENT, smallest, threshold, evidence);
  }

  private static Finding fail(ReasonCode code, Page page, String problem, double score, double threshold,
      Map<String, String> evidence) {
    String message = "the " + DocumentLocator.lower(page) + " photo " + problem;
    return Finding.of(ID, Stage.DOCUMENT, Outcome.FAIL, code, message, score, threshold, evidence);
  }

  private static ImageArtefact jpeg(RgbImage card) {
    Mat bgr = OpenCv.bgr(card);
    MatOfByte bytes = new MatOfByte();
    MatOfInt params = new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, JPEG_QUALITY);
    try {
      if (!Imgcodecs.imencode(".jpg", bgr, bytes, params)) {
        throw new IllegalStateException("OpenCV could not encode the " + card.width() + "x" + card.height()
            + " card as JPEG");
      }
      return new ImageArtefact("image/jpeg", card.width(), card.height(), bytes.toArray());
    } finally {
      bgr.release();
      bytes.release();
      params.release();
    }
  }
}
