package org.kyc4j.liveness.passive;

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
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;
import org.kyc4j.spi.ThresholdTable;

/**
 * Passive anti-spoofing ({@code liveness.passive}, stage LIVENESS): MiniFASNet's texture cue on the
 * subject of the best frame and of up to {@link PassiveLivenessPolicy#MAX_FRAMES} - 1 others. Passes when
 * the lowest fused P(real) reaches the level's threshold, else SPOOF_DETECTED. Without the models it
 * reports NOT_SUPPORTED, naming the property. Immutable and thread-safe.
 */
final class PassiveLivenessDetector implements Detector {
  /** The detector id. */
  static final String ID = "liveness.passive";

  private final MiniFasNetPair models;
  private final String unavailable;

  private PassiveLivenessDetector(MiniFasNetPair models, String unavailable) {
    this.models = models;
    this.unavailable = unavailable;
  }

  /** A detector scoring with {@code models}. */
  static PassiveLivenessDetector with(MiniFasNetPair models) {
    return new PassiveLivenessDetector(Objects.requireNonNull(models, "models"), null);
  }

  /** A detector whose every finding is NOT_SUPPORTED with {@code why}. */
  static PassiveLivenessDetector unavailable(String why) {
    return new PassiveLivenessDetector(null, Objects.requireNonNull(why, "why"));
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
    return PassiveLivenessPolicy.THRESHOLDS;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_CAPTURE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    if (models == null) {
      return Finding.notSupported(ID, Stage.LIVENESS, unavailable);
    }
    SelfieFaces faces = context.get(Keys.SELFIE_FACES);
    List<RgbImage> frames = context.get(Keys.IMAGES).frames();
    List<Integer> chosen = chosenFrames(faces, frames.size());
    if (chosen.isEmpty()) {
      return Finding.skipped(ID, Stage.LIVENESS, "no frame shows exactly one usable face");
    }
    List<RgbImage> images = new ArrayList<>();
    List<FaceBox> boxes = new ArrayList<>();
    for (int i : chosen) {
      images.add(frames.get(i));
      boxes.add(faces.frames().get(i).subject().orElseThrow());
    }
    List<TextureScore> scores = models.score(images, boxes, PassiveLivenessPolicy.BOX_MULTIPLIER);
    return judge(context.level(), chosen, scores);
  }

  /** The best frame first, then up to MAX_FRAMES - 1 other usable frames spread evenly. */
  static List<Integer> chosenFrames(SelfieFaces faces, int decoded) {
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < Math.min(decoded, faces.frames().size()); i++) {
      FrameFaces f = faces.frames().get(i);
      if (f.verdict() == FaceVerdict.ONE && f.subject().isPresent() && i != faces.bestFrame()) {
        usable.add(i);
      }
    }
    List<Integer> chosen = new ArrayList<>();
    FrameFaces best = faces.best();
    if (faces.bestFrame() < decoded && best.verdict() == FaceVerdict.ONE && best.subject().isPresent()) {
      chosen.add(faces.bestFrame());
    }
    int others = Math.min(PassiveLivenessPolicy.MAX_FRAMES - chosen.size(), usable.size());
    for (int k = 0; k < others; k++) {
      chosen.add(usable.get(others == 1 ? 0 : k * (usable.size() - 1) / (others - 1)));
    }
    return chosen;
  }

  private static Finding judge(Level level, List<Integer> frames, List<TextureScore> scores) {
    int worst = 0;
    for (int i = 1; i < scores.size(); i++) {
      worst = scores.get(i).real() < scores.get(worst).real() ? i : worst;
    }
    TextureScore low = scores.get(worst);
    double threshold = PassiveLivenessPolicy.THRESHOLDS.at(level);
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("p_real", format(low.real()));
    evidence.put("minifasnet_v2", format(low.v2()));
    evidence.put("minifasnet_v1se", format(low.v1se()));
    evidence.put("frame", Integer.toString(frames.get(worst)));
    evidence.put("frames_scored", Integer.toString(frames.size()));
    evidence.put("threshold", format(threshold));
    evidence.put("level", level.name());
    if (PassiveLivenessPolicy.THRESHOLDS.passes(low.real(), level)) {
      return Finding.pass(ID, Stage.LIVENESS, low.real(), threshold, evidence);
    }
    return Finding.of(ID, Stage.LIVENESS, Outcome.FAIL, ReasonCode.SPOOF_DETECTED, "the face of frame "
        + frames.get(worst) + " looks like a presentation attack: texture P(real) " + format(low.real())
        + " is below the " + level + " threshold " + format(threshold), low.real(), threshold, evidence);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  @Override
  public String toString() {
    return "PassiveLivenessDetector[" + (models == null ? "unavailable" : "MiniFASNet V2+V1SE") + "]";
  }
}
