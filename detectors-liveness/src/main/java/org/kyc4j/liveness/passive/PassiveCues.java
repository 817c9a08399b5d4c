package org.kyc4j.liveness.passive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FrameFaces;

/**
 * The non-texture cues of {@code liveness.passive}, measured exactly as the detector measures them, for
 * calibration and evaluation code ({@code PassiveFusionFit}): a frame's spectral cues and the feature
 * vector of the one-frame model, and the parallax between two frames. Stateless.
 */
public final class PassiveCues {
  private PassiveCues() {}

  /** Names of every cue a frame is measured on, in the order of {@link #frameCues}; the model uses a subset. */
  public static List<String> frameCueNames() {
    return FusionModel.CUES;
  }

  /** Every cue of {@code box} on {@code image} with its texture score (logits clamped as the model's). */
  public static double[] frameCues(RgbImage image, FaceBox box, TextureScore texture) {
    return FusionModel.cues(texture, SpectralCue.measure(image, box), ColourCue.saturation(image, box));
  }

  /**
   * The parallax between two frames with one face, landmarks and geometry: {@code residual}, {@code
   * scale_change}, {@code yaw_change}, {@code viewpoint_change} (at least 1 when applicable) and {@code
   * log_residual} (the two-frame model's feature).
   *
   * @throws IllegalArgumentException when a frame lacks a single face with landmarks and geometry
   */
  public static Map<String, Double> parallax(FrameFaces a, FrameFaces b) {
    if (!ParallaxCue.usable(a) || !ParallaxCue.usable(b)) {
      throw new IllegalArgumentException("both frames need exactly one face with landmarks and geometry");
    }
    ParallaxCue.Parallax p = ParallaxCue.measure(0, a, 1, b);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("residual", p.residual());
    out.put("scale_change", p.scaleChange());
    out.put("yaw_change", p.yawChange());
    out.put("viewpoint_change", p.viewpointChange());
    out.put("log_residual", FusionModel.logResidual(p.residual()));
    return out;
  }

}
