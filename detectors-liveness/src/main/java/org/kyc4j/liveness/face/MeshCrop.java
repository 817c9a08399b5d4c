package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;

/**
 * The square, rotated region of the image that the face-mesh model sees, as MediaPipe's face landmark
 * graph builds it from a detection: centred on the detection box, side {@value #ENLARGE} times the box's
 * longer side, turned so that the two eye keypoints lie level in the crop. Maps the model's 192-pixel
 * crop coordinates to image pixels and back. Immutable and thread-safe.
 *
 * @param centreX crop centre in image pixels
 * @param centreY crop centre in image pixels
 * @param side crop side in image pixels, positive
 * @param angle direction of the crop's x axis in the image, radians (y down: positive is clockwise)
 */
record MeshCrop(double centreX, double centreY, double side, double angle) {
  /** Side of the model input in pixels. */
  public static final int SIZE = 192;
  /**
   * Crop side over the detection box's longer side: 1.5, as MediaPipe's face landmark graph
   * (RectTransformation scale 1.5, square long side) and human's enlargeBox; BlazeFace boxes stop at
   * the brows and chin, and the mesh model was trained on crops with that margin.
   */
  public static final double ENLARGE = 1.5;

  public MeshCrop {
    if (!Double.isFinite(centreX) || !Double.isFinite(centreY) || !Double.isFinite(angle)) {
      throw new IllegalArgumentException("centre (" + centreX + ", " + centreY + ") and angle " + angle + " must be finite");
    }
    if (!(side > 0 && Double.isFinite(side))) {
      throw new IllegalArgumentException("side " + side + " must be positive and finite");
    }
  }

  /** The crop of a detected face: rotation from its right eye to its left eye keypoint. */
  public static MeshCrop of(FaceBox face) {
    Objects.requireNonNull(face, "face");
    double dx = face.keypointX(FaceBox.LEFT_EYE) - face.keypointX(FaceBox.RIGHT_EYE);
    double dy = face.keypointY(FaceBox.LEFT_EYE) - face.keypointY(FaceBox.RIGHT_EYE);
    double angle = dx == 0 && dy == 0 ? 0 : Math.atan2(dy, dx);
    return new MeshCrop(face.centreX(), face.centreY(), Math.max(face.width(), face.height()) * ENLARGE, angle);
  }

  /** The model input: 192 x 192 x 3 floats {@code v / 255} in [0, 1], HWC, RGB; black outside the image. */
  public float[] input(RgbImage image) {
    return ImageWarp.toFloat(image, cropToImage(), SIZE, SIZE, 1 / 255f, 0f);
  }

  /**
   * Maps the model's outputs back to the image.
   *
   * @param mesh the 1404 values of the mesh output: x, y, z per landmark in crop pixels
   * @param faceScore the face-flag output, already a probability
   */
  public FaceLandmarks landmarks(float[] mesh, double faceScore) {
    Objects.requireNonNull(mesh, "mesh");
    if (mesh.length != FaceLandmarks.COUNT * 3) {
      throw new IllegalArgumentException("mesh has " + mesh.length + " values, " + FaceLandmarks.COUNT * 3 + " expected");
    }
    Affine map = cropToImage();
    float zScale = (float) (side / SIZE);
    float[] xyz = new float[mesh.length];
    for (int i = 0; i < mesh.length; i += 3) {
      xyz[i] = (float) map.x(mesh[i], mesh[i + 1]);
      xyz[i + 1] = (float) map.y(mesh[i], mesh[i + 1]);
      xyz[i + 2] = mesh[i + 2] * zScale;
    }
    return new FaceLandmarks(xyz, faceScore);
  }

  /** Crop pixels (continuous, 0..192) to image pixels. */
  Affine cropToImage() {
    Affine centred = new Affine(1, 0, -SIZE / 2.0, 0, 1, -SIZE / 2.0);
    return Affine.similarity(side / SIZE, angle, centreX, centreY).after(centred);
  }
}
