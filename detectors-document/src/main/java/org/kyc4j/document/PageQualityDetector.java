package org.kyc4j.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * A photo-quality check that scores every decoded document page, judges the worst page against
 * its {@link ThresholdTable} at the level of {@link ProductConfig.Check#DOCUMENT_QUALITY} and
 * reports each page's measurements as evidence ({@code front.*}, {@code back.*}). A page is measured
 * on its located card ({@link Keys#DOCUMENT_CARDS}, read when a locator is installed) and otherwise
 * on the whole photo; {@code front.source} says which ({@code card} or {@code page}). Subclasses are
 * stateless and thread-safe.
 */
abstract class PageQualityDetector implements Detector {
  private final String id;
  private final ReasonCode reason;
  private final ThresholdTable thresholds;

  PageQualityDetector(String id, ReasonCode reason, ThresholdTable thresholds) {
    this.id = id;
    this.reason = reason;
    this.thresholds = thresholds;
  }

  /**
   * The measurement of one page.
   *
   * @param score the score compared with the threshold
   * @param evidence named measurements, values already formatted
   * @param problem what is wrong, for the failure message, when the score fails
   */
  record PageScore(double score, Map<String, String> evidence, String problem) {}

  /** Measures one page: its located card or its whole photo. */
  abstract PageScore measure(QualitySurface surface);

  /** Measures a whole photo, without layout. */
  final PageScore measure(RgbImage page) {
    return measure(QualitySurface.wholePage(page));
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Stage stage() {
    return Stage.DOCUMENT;
  }

  @Override
  public final Set<Key<?>> requires() {
    return Set.of(Keys.IMAGES);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.DOCUMENT_CARDS);
  }

  @Override
  public final ProductConfig.Check check() {
    return ProductConfig.Check.DOCUMENT_QUALITY;
  }

  @Override
  public final Set<Key<?>> provides() {
    return Set.of();
  }

  @Override
  public final Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public final ThresholdTable thresholds() {
    return thresholds;
  }

  @Override
  public final Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    DecodedImages images = context.get(Keys.IMAGES);
    if (images.pages().isEmpty()) {
      return Finding.skipped(id, Stage.DOCUMENT, "the request has no document page to measure");
    }
    Level level = context.level();
    double threshold = thresholds.at(level);
    Map<String, String> evidence = new LinkedHashMap<>();
    Measured worst = measureEach(context, images, evidence);
    evidence.put("level", level.name());
    if (thresholds.passes(worst.score().score(), level)) {
      return Finding.pass(id, Stage.DOCUMENT, worst.score().score(), threshold, evidence);
    }
    String message = "the " + worst.page().name().toLowerCase(Locale.ROOT) + " page (measured on "
        + (worst.source().equals("card") ? "its located card" : "the whole photo") + ") " + worst.score().problem()
        + " (" + thresholds.metric() + " is " + format(worst.score().score()) + "; " + (thresholds.passWhen()
        == ThresholdTable.PassWhen.AT_LEAST ? "at least " : "at most ") + format(threshold) + " passes at "
        + level + ")";
    return Finding.of(id, Stage.DOCUMENT, Outcome.FAIL, reason, message, worst.score().score(), threshold, evidence);
  }

  /** The score of one page, and whether it was measured on the card or the whole photo. */
  private record Measured(Page page, String source, PageScore score) {}

  /** Measures every page into {@code evidence} and returns the worst. */
  private Measured measureEach(DetectionContext context, DecodedImages images, Map<String, String> evidence) {
    Optional<DocumentCards> cards = context.find(Keys.DOCUMENT_CARDS);
    Optional<FrameFaces> portrait = uses().contains(Keys.PORTRAIT_FACES) ? context.find(Keys.PORTRAIT_FACES)
        : Optional.empty();
    Measured worst = null;
    for (Map.Entry<Page, RgbImage> page : images.pages().entrySet()) {
      QualitySurface surface = QualitySurface.of(page.getKey(), page.getValue(),
          cards.flatMap(c -> c.find(page.getKey())), portrait);
      PageScore score = measure(surface);
      String prefix = page.getKey().name().toLowerCase(Locale.ROOT) + ".";
      evidence.put(prefix + "source", surface.source());
      score.evidence().forEach((name, value) -> evidence.put(prefix + name, value));
      if (worst == null || worse(score.score(), worst.score().score())) {
        worst = new Measured(page.getKey(), surface.source(), score);
      }
    }
    return worst;
  }

  private boolean worse(double score, double than) {
    return thresholds.passWhen() == ThresholdTable.PassWhen.AT_LEAST ? score < than : score > than;
  }

  /** Formats a measurement with at most four significant digits, without trailing zeros. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
