package org.kyc4j.document;

import java.math.BigDecimal;
import java.math.MathContext;
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
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * A photo-quality check that scores every decoded document page, judges the worst page against
 * its {@link ThresholdTable} at the running level and reports each page's measurements as
 * evidence ({@code front.*}, {@code back.*}). Subclasses are stateless and thread-safe.
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

  /** Measures one page. */
  abstract PageScore measure(RgbImage page);

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
    Page worstPage = null;
    PageScore worst = null;
    for (Map.Entry<Page, RgbImage> page : images.pages().entrySet()) {
      PageScore score = measure(page.getValue());
      String prefix = page.getKey().name().toLowerCase(Locale.ROOT) + ".";
      score.evidence().forEach((name, value) -> evidence.put(prefix + name, value));
      if (worst == null || worse(score.score(), worst.score())) {
        worst = score;
        worstPage = page.getKey();
      }
    }
    evidence.put("level", level.name());
    if (thresholds.passes(worst.score(), level)) {
      return Finding.pass(id, Stage.DOCUMENT, worst.score(), threshold, evidence);
    }
    String message = "the " + worstPage.name().toLowerCase(Locale.ROOT) + " page " + worst.problem() + " ("
        + thresholds.metric() + " is " + format(worst.score()) + "; " + (thresholds.passWhen()
        == ThresholdTable.PassWhen.AT_LEAST ? "at least " : "at most ") + format(threshold) + " passes at "
        + level + ")";
    return Finding.of(id, Stage.DOCUMENT, Outcome.FAIL, reason, message, worst.score(), threshold, evidence);
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
