package org.kyc4j.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * The 468 face-mesh landmarks (MediaPipe's face mesh topology) of one face in image pixels (continuous coordinates), with depth
 * {@code z} in the same pixel scale (smaller is nearer the camera, relative to the face's centre
 * plane), and the mesh model's face score (already a probability: the graph ends in a sigmoid).
 * Immutable: the points are copied in and out.
 *
 * @param xyz 1404 values, x, y, z per landmark in MediaPipe's mesh order
 * @param faceScore probability in [0, 1] that the crop held a face
 */
public record FaceLandmarks(float[] xyz, double faceScore) {
  /** Number of landmarks of the MediaPipe face mesh. */
  public static final int COUNT = 468;

  /** Validates and copies the points. */
  public FaceLandmarks {
    Objects.requireNonNull(xyz, "xyz");
    if (xyz.length != COUNT * 3) {
      throw new IllegalArgumentException("xyz has " + xyz.length + " values, " + COUNT * 3 + " (468 x, y, z) allowed");
    }
    for (int i = 0; i < xyz.length; i++) {
      if (!Float.isFinite(xyz[i])) {
        throw new IllegalArgumentException("xyz[" + i + "] is " + xyz[i] + ", finite values allowed");
      }
    }
    if (!(faceScore >= 0 && faceScore <= 1)) {
      throw new IllegalArgumentException("faceScore " + faceScore + " must be in [0, 1]");
    }
    xyz = xyz.clone();
  }

  @Override
  public float[] xyz() {
    return xyz.clone();
  }

  /** X of landmark {@code i} (0..467). */
  public double x(int i) {
    return xyz[Objects.checkIndex(i, COUNT) * 3];
  }

  /** Y of landmark {@code i}. */
  public double y(int i) {
    return xyz[Objects.checkIndex(i, COUNT) * 3 + 1];
  }

  /** Z (depth, image pixels) of landmark {@code i}. */
  public double z(int i) {
    return xyz[Objects.checkIndex(i, COUNT) * 3 + 2];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FaceLandmarks l && l.faceScore == faceScore && Arrays.equals(l.xyz, xyz);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xyz) + Double.hashCode(faceScore);
  }

  @Override
  public String toString() {
    return "FaceLandmarks[468 points, faceScore=" + faceScore + ", nose tip (" + x(1) + ", " + y(1) + ")]";
  }
}
