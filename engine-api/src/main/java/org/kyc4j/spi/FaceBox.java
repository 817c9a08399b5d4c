package org.kyc4j.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One face a face detector found in a photo, in image pixels (continuous coordinates: pixel {@code i} spans
 * {@code [i, i + 1)}): its box, its score in [0, 1] and six keypoints as x, y pairs in the order
 * {@link #RIGHT_EYE}, {@link #LEFT_EYE}, {@link #NOSE}, {@link #MOUTH}, {@link #RIGHT_EAR},
 * {@link #LEFT_EAR} ("right" is the subject's right, on the left of an unmirrored photo). The box
 * may reach outside the image. Immutable: the keypoints are copied in and out.
 *
 * @param x left edge of the box
 * @param y top edge of the box
 * @param width box width, positive
 * @param height box height, positive
 * @param score detector confidence in [0, 1]
 * @param keypoints12 the six keypoints, x0, y0, x1, y1, ...
 */
public record FaceBox(double x, double y, double width, double height, double score, float[] keypoints12) {
  /** Keypoint index of the subject's right eye. */
  public static final int RIGHT_EYE = 0;
  /** Keypoint index of the subject's left eye. */
  public static final int LEFT_EYE = 1;
  /** Keypoint index of the nose tip. */
  public static final int NOSE = 2;
  /** Keypoint index of the mouth centre. */
  public static final int MOUTH = 3;
  /** Keypoint index of the subject's right ear tragion. */
  public static final int RIGHT_EAR = 4;
  /** Keypoint index of the subject's left ear tragion. */
  public static final int LEFT_EAR = 5;

  /** Validates and copies the keypoints. */
  public FaceBox {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("box corner (" + x + ", " + y + ") must be finite");
    }
    if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException("box size " + width + "x" + height + " must be positive and finite");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " must be in [0, 1]");
    }
    Objects.requireNonNull(keypoints12, "keypoints12");
    if (keypoints12.length != 12) {
      throw new IllegalArgumentException("keypoints12 has " + keypoints12.length + " values, 12 (6 x, y pairs) allowed");
    }
    keypoints12 = keypoints12.clone();
  }

  @Override
  public float[] keypoints12() {
    return keypoints12.clone();
  }

  /** X of keypoint {@code k} (0..5). */
  public double keypointX(int k) {
    return keypoints12[Objects.checkIndex(k, 6) * 2];
  }

  /** Y of keypoint {@code k} (0..5). */
  public double keypointY(int k) {
    return keypoints12[Objects.checkIndex(k, 6) * 2 + 1];
  }

  /** X of the box centre. */
  public double centreX() {
    return x + width / 2;
  }

  /** Y of the box centre. */
  public double centreY() {
    return y + height / 2;
  }

  /** The shorter side of the box. */
  public double minSide() {
    return Math.min(width, height);
  }

  /** The box area in square pixels. */
  public double area() {
    return width * height;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FaceBox c && c.x == x && c.y == y && c.width == width
        && c.height == height && c.score == score && Arrays.equals(c.keypoints12, keypoints12);
  }

  @Override
  public int hashCode() {
    return Objects.hash(x, y, width, height, score, Arrays.hashCode(keypoints12));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "FaceBox[x=%.1f, y=%.1f, w=%.1f, h=%.1f, score=%.3f, keypoints=%s]",
        x, y, width, height, score, Arrays.toString(keypoints12));
  }
}
