package org.kyc4j.liveness.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.spi.ThresholdTable;

/**
 * Face quality ({@code face.quality}, stage FACE, governed by the {@code liveness} level, so
 * {@code liveness=CLOSED} skips it): every {@link QualityRule} on the subject of the best selfie frame. It judges
 * the best frame only, the most frontal one that is described and matched: the other frames of an action
 * capture legitimately turn, blink and move. Fails with the most important failing rule's reason; the message
 * names every failure in {@link QualityRule} order and the evidence holds every measure and its threshold.
 * Immutable and thread-safe.
 */
final class FaceQualityDetector implements Detector {
  /** The detector id. */
  static final String ID = "face.quality";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.FACE;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.IMAGES, Keys.SELFIE_FACES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of();
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.LIVENESS;
  }

  @Override
  public ThresholdTable thresholds() {
    return FaceQualityPolicy.SHARPNESS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_CAPTURE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    SelfieFaces faces = context.get(Keys.SELFIE_FACES);
    List<RgbImage> frames = context.get(Keys.IMAGES).frames();
    int index = faces.bestFrame();
    FrameFaces best = faces.best();
    if (index >= frames.size() || best.subject().isEmpty()) {
      return Finding.skipped(ID, Stage.FACE, "the best frame " + index + " has no face to judge");
    }
    FaceQualityReading reading = FaceQualityMeasures.measure(frames.get(index), best);
    Map<String, String> evidence = evidence(reading, context.level(), index);
    if (best.geometry().isEmpty()) {
      return Finding.of(ID, Stage.FACE, Outcome.FAIL, ReasonCode.FACE_OCCLUDED, "frame " + index
          + ": the face mesh gave no eye, mouth or pose geometry, so the face cannot be judged", Double.NaN,
          Double.NaN, evidence);
    }
    return judge(reading, context.level(), index, evidence);
  }

  static Finding judge(FaceQualityReading reading, Level level, int index, Map<String, String> evidence) {
    List<QualityRule> failed = new ArrayList<>();
    for (QualityRule rule : QualityRule.values()) {
      if (rule.fails(reading, level)) {
        failed.add(rule);
      }
    }
    if (failed.isEmpty()) {
      return Finding.pass(ID, Stage.FACE, reading.sharpness(), FaceQualityPolicy.SHARPNESS.at(level), evidence);
    }
    List<String> parts = new ArrayList<>();
    for (QualityRule rule : failed) {
      parts.add(rule.reason().description() + " (" + rule.key() + " " + format(rule.value(reading))
          + (rule.table().passWhen() == ThresholdTable.PassWhen.AT_LEAST ? " below the " : " above the ") + level
          + (rule.table().passWhen() == ThresholdTable.PassWhen.AT_LEAST ? " minimum " : " maximum ")
          + format(rule.table().at(level)) + ")");
    }
    QualityRule first = failed.get(0);
    return Finding.of(ID, Stage.FACE, Outcome.FAIL, first.reason(), "frame " + index + ": " + String.join("; ", parts),
        first.value(reading), first.table().at(level), evidence);
  }

  /** Every measure (once per key) and every rule's threshold at the level, then frame and level. */
  static Map<String, String> evidence(FaceQualityReading reading, Level level, int index) {
    Map<String, String> evidence = new LinkedHashMap<>();
    for (QualityRule rule : QualityRule.values()) {
      evidence.putIfAbsent(rule.key(), format(rule.value(reading)));
    }
    for (QualityRule rule : QualityRule.values()) {
      evidence.put(thresholdKey(rule), format(rule.table().at(level)));
    }
    evidence.put("frame", Integer.toString(index));
    evidence.put("level", level.name());
    return evidence;
  }

  /** The evidence key of a rule's threshold: its measure's key with {@code _min} or {@code _max}. */
  static String thresholdKey(QualityRule rule) {
    return rule.key() + (rule.table().passWhen() == ThresholdTable.PassWhen.AT_LEAST ? "_min" : "_max");
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "not measured" : String.format(Locale.ROOT, "%.4f", value);
  }

  @Override
  public String toString() {
    return "FaceQualityDetector[" + QualityRule.values().length + " rules]";
  }
}
