package org.kyc4j.liveness.face;

/**
 * Named indices of MediaPipe's 468-point face mesh used by kyc4j ("right" is the subject's right, on the
 * left of an unmirrored photo), with the points of dlib's 68-point markup they stand for. Eye contours
 * follow the eye-aspect-ratio convention p1..p6: outer corner, two upper-lid points, inner corner, two
 * lower-lid points (for the right eye p1 is its outer corner; for the left eye p1 is its inner corner,
 * as dlib numbers both eyes left to right in the image).
 */
final class MeshPoints {
  private MeshPoints() {}

  /** Right eye p1..p6 = dlib 36..41: outer corner 33, upper 160, 158, inner corner 133, lower 153, 144. */
  static final int[] RIGHT_EYE = {33, 160, 158, 133, 153, 144};
  /** Left eye p1..p6 = dlib 42..47: inner corner 362, upper 385, 387, outer corner 263, lower 373, 380. */
  static final int[] LEFT_EYE = {362, 385, 387, 263, 373, 380};
  /** Right mouth corner (dlib 48). */
  static final int MOUTH_RIGHT = 61;
  /** Left mouth corner (dlib 54). */
  static final int MOUTH_LEFT = 291;
  /** Inner upper lip, middle (dlib 62). */
  static final int LIP_INNER_UPPER = 13;
  /** Inner lower lip, middle (dlib 66). */
  static final int LIP_INNER_LOWER = 14;
  /** Forehead centre, top of the mesh. */
  static final int FOREHEAD = 10;
  /** Chin, bottom of the mesh (dlib 8). */
  static final int CHIN = 152;

  /**
   * Mesh index for each of dlib's points 17..67 (the 51 points dlib's face chip is fitted to):
   * brows 17-26 (upper brow contour), nose bridge and base 27-35, eyes 36-47, outer lips 48-59,
   * inner lips 60-67. The usual MediaPipe-to-dlib correspondence; brow points sit on the brow's upper
   * edge in both markups.
   */
  static final int[] DLIB_17_TO_67 = {
      70, 63, 105, 66, 107, // 17-21 right brow, outer to inner
      336, 296, 334, 293, 300, // 22-26 left brow, inner to outer
      168, 197, 5, 4, // 27-30 nose bridge down to the tip
      98, 97, 2, 326, 327, // 31-35 nose base, right to left
      33, 160, 158, 133, 153, 144, // 36-41 right eye
      362, 385, 387, 263, 373, 380, // 42-47 left eye
      61, 39, 37, 0, 267, 269, 291, 405, 314, 17, 84, 181, // 48-59 outer lips
      78, 82, 13, 312, 308, 317, 14, 87 // 60-67 inner lips
  };
}
