package org.kyc4j.liveness.passive;

import org.kyc4j.spi.ThresholdTable;

/**
 * How passive liveness decides: the engine property naming the MiniFASNet folder, the multiplier applied
 * to BlazeFace's box before the networks' 2.7 and 4.0 scales, how many frames are scored, when the
 * parallax cue applies, and the fused P(live) each level requires (fitted and evaluated on the dev sets,
 * README "Passive liveness"). Stateless.
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
   * The parallax cue applies when the two frames' inter-ocular distances differ by at least this much in
   * |ln| (about 10%) ...
   */
  public static final double PARALLAX_MIN_SCALE_CHANGE = 0.10;
  /** ... or their yaw by at least this many degrees; otherwise it is reported as not applicable. */
  public static final double PARALLAX_MIN_YAW_CHANGE = 6.0;
  /** The widest pair is searched among at most this many first frames of a capture. */
  public static final int PARALLAX_MAX_FRAMES = 30;
  /**
   * Fused P(live) a capture needs, per level. On the cross-validated fused scores of the 479 bona fide dev
   * captures pooled, BPCER would be 2% at 0.356, 5% at 0.535 and 10% at 0.658: LOOSE sits at the 2% point,
   * STANDARD under the 5% point, STRICT at the 10% point (README "Passive liveness").
   */
  public static final ThresholdTable THRESHOLDS = ThresholdTable.of(
      "fused P(live): logistic fusion of MiniFASNet texture, moire spectra, saturation and, with a viewpoint"
          + " change, parallax; higher means more live",
      ThresholdTable.PassWhen.AT_LEAST, 0.35, 0.50, 0.65);

  private PassiveLivenessPolicy() {}
}
