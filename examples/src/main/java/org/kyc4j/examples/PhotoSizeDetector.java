package org.kyc4j.examples;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Fails a document photo whose short side has too few pixels to read the card's print and portrait.
 * The score is the short side, in pixels, of the smallest page; each page's size is evidence.
 * Stateless and thread-safe.
 */
final class PhotoSizeDetector implements Detector {
  static final String ID = "example.photo-size";
  /** Pixels on the photo's short side that pass at each level. */
  static final ThresholdTable THRESHOLDS = ThresholdTable.of("pixels on the short side of the photo",
      ThresholdTable.PassWhen.AT_LEAST, 360, 480, 720);

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
    return Set.of();
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public ThresholdTable thresholds() {
    return THRESHOLDS;
  }

  @Override
  public Finding detect(DetectionContext context) {
    Map<Page, RgbImage> pages = Objects.requireNonNull(context, "context").get(Keys.IMAGES).pages();
    if (pages.isEmpty()) {
      return Finding.skipped(ID, Stage.DOCUMENT, "the request has no document page to measure");
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    pages.forEach((page, image) -> evidence.put(name(page) + ".size", image.width() + "x" + image.height()));
    Page smallest = Collections.min(pages.keySet(), Comparator.comparingInt(page -> shortSide(pages.get(page))));
    int shortSide = shortSide(pages.get(smallest));
    Level level = context.level();
    double threshold = THRESHOLDS.at(level);
    if (THRESHOLDS.passes(shortSide, level)) {
      return Finding.pass(ID, Stage.DOCUMENT, shortSide, threshold, evidence);
    }
    String message = "the " + name(smallest) + " page is " + evidence.get(name(smallest) + ".size")
        + " pixels: its short side " + shortSide + " is under the " + (int) threshold + " that pass at " + level;
    return Finding.of(ID, Stage.DOCUMENT, Outcome.FAIL, ReasonCode.DOC_IMAGE_INVALID, message, shortSide,
        threshold, evidence);
  }

  private static int shortSide(RgbImage image) {
    return Math.min(image.width(), image.height());
  }

  private static String name(Page page) {
    return page.name().toLowerCase(Locale.ROOT);
  }
}
