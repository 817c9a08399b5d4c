package org.kyc4j.liveness;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * The model-free anti-injection detector: judges whether the selfie frames look like one live
 * camera capture rather than replayed or synthetic frames. It fails with INJECTION_DETECTED for
 * repeated frames (identical bytes, identical pixels, near-identical re-encodings) and for frames
 * without sensor noise, and with FRAMES_INCONSISTENT for resolution changes and implausible capture
 * times. FACE_COMPARE's two compare images are independent photos, not one capture, so only the
 * noise cue applies to them.
 * A capture whose frames repeat the pixels of a capture an earlier request carried (kept in the
 * engine's {@link SeenFrames}) is INJECTION_DETECTED too, so a recording cannot answer a fresh
 * challenge. The finding's score is the fine-grain share of {@link #thresholds()}. Thread-safe; its
 * only state is the engine's frame memory.
 */
final class AntiInjectionDetector implements Detector {
  /** The detector's id. */
  static final String ID = "liveness.anti-injection";
  private static final ThresholdTable THRESHOLDS = thresholdTable();

  private final SeenFrames seen;

  AntiInjectionDetector(SeenFrames seen) {
    this.seen = Objects.requireNonNull(seen, "seen");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.LIVENESS;
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
  public ProductConfig.Check check() {
    return ProductConfig.Check.ANTI_INJECTION;
  }

  @Override
  public ThresholdTable thresholds() {
    return THRESHOLDS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_CAPTURE, Product.FACE_COMPARE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    VerificationRequest request = context.request();
    DecodedImages images = context.get(Keys.IMAGES);
    boolean capture = !request.frames().isEmpty();
    if (!capture && request.compareImages().isEmpty()) {
      return Finding.skipped(ID, Stage.LIVENESS, "the request carries no selfie frames and no compare images");
    }
    InjectionLimits limits = InjectionLimits.at(context.level());
    FrameScan scan = capture
        ? FrameScan.of(request.frames().stream().map(SelfieFrame::bytes).toList(), images.frames())
        : FrameScan.of(request.compareImages().stream().map(CompareImage::bytes).toList(),
            List.copyOf(images.compared().values()), "compare images");
    Judgement judgement = new Judgement();
    judgement.evidence("level", context.level().name());
    judgement.evidence("limits", limits.describe());
    judgement.evidence("frames", Integer.toString(scan.size()));
    if (capture) {
      ReplayCheck.judge(scan, limits, judgement);
      PriorCaptureCheck.judge(scan, request.transactionId(), seen, judgement);
    } else {
      judgement.evidence("capture", "not judged: the compare images are two independent photos, not one capture");
    }
    double score = NoiseFloorCheck.judge(scan, limits, judgement);
    if (capture) {
      ConsistencyCheck.judge(scan, request.frames(), request.requestedAt(), limits, judgement);
    }
    return judgement.finding(ID, Stage.LIVENESS, score, Double.isNaN(score) ? Double.NaN : limits.minFineGrainShare());
  }

  @Override
  public String toString() {
    return "AntiInjectionDetector[" + ID + "]";
  }

  private static ThresholdTable thresholdTable() {
    Map<Level, Double> byLevel = new EnumMap<>(Level.class);
    for (Level level : EnumSet.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      byLevel.put(level, InjectionLimits.at(level).minFineGrainShare());
    }
    return new ThresholdTable("fine-grain share: share of non-edge pixels whose 3x3 high-pass residual is at least "
        + (int) FineGrain.RESIDUAL + " grey levels, in the frame that has most", ThresholdTable.PassWhen.AT_LEAST,
        byLevel);
  }
}
