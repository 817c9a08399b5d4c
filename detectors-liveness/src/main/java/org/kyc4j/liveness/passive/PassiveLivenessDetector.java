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
 * Passive anti-spoofing ({@code liveness.passive}, stage LIVENESS): on the subject of the best frame and
 * of up to {@link PassiveLivenessPolicy#MAX_FRAMES} - 1 others, MiniFASNet's texture cue, the spectral
 * screen/print cues and the colour cue, fused per frame; with a viewpoint change between two frames, the parallax cue joins
 * the lowest frame's score. Passes when the fused P(live) reaches the level's threshold, else
 * SPOOF_DETECTED. Without the models it reports NOT_SUPPORTED, naming the property. Immutable and
 * thread-safe.
 */
final class PassiveLivenessDetector implements Detector {
  /** The detector id. */
  static final String ID = "liveness.passive";

  private final MiniFasNetPair models;
  private final FusionModel fusion;
  private final String unavailable;

  private PassiveLivenessDetector(MiniFasNetPair models, FusionModel fusion, String unavailable) {
    this.models = models;
    this.fusion = fusion;
    this.unavailable = unavailable;
  }

  /** A detector scoring with {@code models} and the shipped fusion. */
  static PassiveLivenessDetector with(MiniFasNetPair models) {
    return new PassiveLivenessDetector(Objects.requireNonNull(models, "models"), FusionModel.shipped(), null);
  }

  /** A detector whose every finding is NOT_SUPPORTED with {@code why}. */
  static PassiveLivenessDetector unavailable(String why) {
    return new PassiveLivenessDetector(null, null, Objects.requireNonNull(why, "why"));
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
    List<FrameCues> cues = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      SpectralCue.Spectrum spectrum = SpectralCue.measure(images.get(k), boxes.get(k));
      double saturation = ColourCue.saturation(images.get(k), boxes.get(k));
      cues.add(new FrameCues(chosen.get(k), scores.get(k), spectrum, saturation,
          fusion.oneFrameLogit(FusionModel.cues(scores.get(k), spectrum, saturation))));
    }
    return judge(context.level(), cues, ParallaxCue.widestPair(faces.frames(), frames.size()));
  }

  /** One scored frame: its index, texture, spectrum, saturation and one-frame logit. */
  private record FrameCues(int frame, TextureScore texture, SpectralCue.Spectrum spectrum, double saturation,
      double logit) {}

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

  private Finding judge(Level level, List<FrameCues> cues, ParallaxCue.Parallax parallax) {
    FrameCues low = cues.get(0);
    for (FrameCues c : cues) {
      low = c.logit() < low.logit() ? c : low;
    }
    boolean twoFrame = parallax != null && parallax.applicable();
    double fused = FusionModel.probability(twoFrame ? fusion.twoFrameLogit(low.logit(), parallax.residual())
        : low.logit());
    double threshold = PassiveLivenessPolicy.THRESHOLDS.at(level);
    Map<String, String> evidence = evidence(low, parallax, twoFrame);
    evidence.put("frames_scored", Integer.toString(cues.size()));
    evidence.put("fused", format(fused));
    evidence.put("threshold", format(threshold));
    evidence.put("level", level.name());
    if (PassiveLivenessPolicy.THRESHOLDS.passes(fused, level)) {
      return Finding.pass(ID, Stage.LIVENESS, fused, threshold, evidence);
    }
    return Finding.of(ID, Stage.LIVENESS, Outcome.FAIL, ReasonCode.SPOOF_DETECTED, "the face looks like a"
        + " presentation attack: fused P(live) " + format(fused) + (twoFrame ? " (texture, spectrum, parallax)"
        : " (texture, spectrum; lowest frame " + low.frame() + ")") + " is below the " + level + " threshold "
        + format(threshold), fused, threshold, evidence);
  }

  private Map<String, String> evidence(FrameCues low, ParallaxCue.Parallax parallax, boolean twoFrame) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("texture_p_real", format(low.texture().real()));
    evidence.put("minifasnet_v2", format(low.texture().v2()));
    evidence.put("minifasnet_v1se", format(low.texture().v1se()));
    evidence.put("moire", format(low.spectrum().moire()));
    evidence.put("halftone", format(low.spectrum().halftone()));
    evidence.put("high_frequency", format(low.spectrum().highFrequency()));
    evidence.put("surround_moire", format(low.spectrum().surroundMoire()));
    evidence.put("frame_moire", format(low.spectrum().frameMoire()));
    evidence.put("saturation", format(low.saturation()));
    evidence.put("specular", "not measured");
    evidence.put("frame", Integer.toString(low.frame()));
    evidence.put("one_frame_p_live", format(FusionModel.probability(low.logit())));
    if (parallax == null) {
      evidence.put("parallax", "not applicable (fewer than two frames with one face, landmarks and pose)");
    } else if (!twoFrame) {
      evidence.put("parallax", parallax.why());
    } else {
      evidence.put("parallax_residual", format(parallax.residual()));
      evidence.put("parallax_frames", parallax.first() + "," + parallax.second());
      evidence.put("parallax_scale_change", format(parallax.scaleChange()));
      evidence.put("parallax_yaw_change", String.format(Locale.ROOT, "%.1f", parallax.yawChange()));
    }
    evidence.put("model", (twoFrame ? "two-frame" : "one-frame") + " fusion v" + fusion.version());
    return evidence;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  @Override
  public String toString() {
    return "PassiveLivenessDetector[" + (models == null ? "unavailable" : "MiniFASNet V2+V1SE, spectrum, parallax, fusion v"
        + fusion.version()) + "]";
  }
}
