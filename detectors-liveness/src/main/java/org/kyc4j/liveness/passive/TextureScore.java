package org.kyc4j.liveness.passive;

/**
 * The texture cue's verdict on one face: each MiniFASNet's softmax probability that the face is real
 * and their mean, upstream's fusion. Immutable.
 *
 * @param v2 P(real) of MiniFASNetV2 (crop 2.7 times the box)
 * @param v1se P(real) of MiniFASNetV1SE (crop 4.0 times the box)
 */
public record TextureScore(double v2, double v1se) {
  /** Checks that both probabilities are in [0, 1]. */
  public TextureScore {
    if (!(v2 >= 0 && v2 <= 1) || !(v1se >= 0 && v1se <= 1)) {
      throw new IllegalArgumentException("probabilities must be in [0, 1]: v2 " + v2 + ", v1se " + v1se);
    }
  }

  /** The fused P(real): the mean of the two probabilities. */
  public double real() {
    return (v2 + v1se) / 2;
  }
}
