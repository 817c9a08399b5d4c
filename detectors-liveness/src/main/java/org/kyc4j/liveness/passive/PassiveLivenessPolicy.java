package org.kyc4j.liveness.passive;

import org.kyc4j.spi.ThresholdTable;

/**
 * How the texture cue decides: the engine property naming the MiniFASNet folder, the multiplier applied
 * to BlazeFace's box before the networks' 2.7 and 4.0 scales, how many frames are scored, and the fused
 * P(real) each level requires (calibrated on the dev sets, README "Passive liveness"). Stateless.
 */
public final class PassiveLivenessPolicy {
  /** The engine property naming the folder with upstream's two {@code .pth} files. */
  public static final String DIR_PROPERTY = "liveness.minifasnet.dir";
  /**
   * BlazeFace's box is widened by this factor before the networks' own scales. 1.0, 1.15 and 1.3 were
   * measured on the dev sets and gave the same AUC to three decimals, because the 2.7 and 4.0 crops are
   * capped by the image on most of them (567 of 859 photos; README, "Passive liveness").
   */
  public static final double BOX_MULTIPLIER = 1.0;
  /** At most this many frames are scored: the best frame and others spread over the capture. */
  public static final int MAX_FRAMES = 3;
  /**
   * Fused P(real) a capture needs, per level (the lowest over the scored frames). On NUAA real frames
   * and real selfies pooled (180 images) BPCER measured 0.0% / 2.8% / 5.6% at LOOSE / STANDARD / STRICT,
   * under the 10% target with margin: that pool's 10% point is 0.825 (README, "Passive liveness").
   */
  public static final ThresholdTable THRESHOLDS = ThresholdTable.of(
      "fused MiniFASNet P(real) (mean of V2 and V1SE softmax, lowest over scored frames), higher means more live",
      ThresholdTable.PassWhen.AT_LEAST, 0.40, 0.60, 0.75);

  private PassiveLivenessPolicy() {}
}
