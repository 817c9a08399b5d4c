package org.kyc4j.models;

/**
 * The two MiniFASNet anti-spoofing networks of minivision-ai's Silent-Face-Anti-Spoofing, each
 * with the file name upstream gives its weights and the scale of the face box its 80x80 crop
 * covers. Upstream fuses them by averaging their softmaxes.
 */
public enum MiniFasNetVariant {
  /** MiniFASNetV2 on a crop 2.7 times the face box. */
  V2("2.7_80x80_MiniFASNetV2.pth", 2.7f, false, new int[] {
    32, 32, 103, 103, 64, 13, 13, 64, 13, 13, 64, 13, 13, 64, 13, 13, 64, 231, 231, 128, 231,
    231, 128, 52, 52, 128, 26, 26, 128, 77, 77, 128, 26, 26, 128, 26, 26, 128, 308, 308, 128, 26,
    26, 128, 26, 26, 128, 512, 512}),
  /** MiniFASNetV1SE (squeeze-and-excitation gates) on a crop 4.0 times the face box. */
  V1SE("4_0_0_80x80_MiniFASNetV1SE.pth", 4.0f, true, new int[] {
    32, 32, 103, 103, 64, 13, 13, 64, 26, 26, 64, 13, 13, 64, 52, 52, 64, 231, 231, 128, 154,
    154, 128, 52, 52, 128, 26, 26, 128, 52, 52, 128, 26, 26, 128, 26, 26, 128, 308, 308, 128, 26,
    26, 128, 26, 26, 128, 512, 512});

  private final String fileName;
  private final float cropScale;
  private final boolean squeezeExcitation;
  private final int[] keep;

  MiniFasNetVariant(String fileName, float cropScale, boolean squeezeExcitation, int[] keep) {
    this.fileName = fileName;
    this.cropScale = cropScale;
    this.squeezeExcitation = squeezeExcitation;
    this.keep = keep;
  }

  /** The file name of the weights in upstream's {@code resources/anti_spoof_models}. */
  public String fileName() {
    return fileName;
  }

  /** How many times the face box (about its centre) the input crop covers: 2.7 or 4.0. */
  public float cropScale() {
    return cropScale;
  }

  /** Whether the residual stages end with a squeeze-and-excitation gate. */
  boolean squeezeExcitation() {
    return squeezeExcitation;
  }

  /** Upstream's channel list ({@code keep_dict}): 49 widths, a copy. */
  int[] keep() {
    return keep.clone();
  }
}
