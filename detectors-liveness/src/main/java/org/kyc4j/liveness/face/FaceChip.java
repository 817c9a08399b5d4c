package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceLandmarks;

/**
 * The 150 x 150 face chip that dlib's face recognition ResNet expects, made like dlib's
 * {@code extract_image_chip(img, get_face_chip_details(shape, 150, 0.25))}: dlib's mean face shape
 * (points 17..67 of its 68-point markup, from {@code dlib/image_transforms/interpolation.h}) padded by
 * 0.25 on each side and scaled to 150 pixels is the template; the least-squares similarity from the
 * template's points from {@link #FIRST_FITTED} on to the corresponding mesh points
 * ({@link MeshPoints#DLIB_17_TO_67}) places every chip pixel
 * in the image, which is sampled bilinearly. Chips are row-major RGB, 3 unsigned bytes per pixel.
 * Stateless and thread-safe.
 */
final class FaceChip {
  /** Side of the chip in pixels. */
  public static final int SIZE = 150;
  /**
   * The first dlib point the alignment fits: 27, so nose, eyes and mouth (27..67) place the chip and
   * the brows do not. The mesh has no points that match dlib's brow markup closely; on the LFW dev set
   * leaving them out raised TAR at FAR 1e-3 from 0.957 to 0.963 (README, "Face match").
   */
  static final int FIRST_FITTED = 27;
  /** dlib's padding around the mean face, as a fraction of its size on each side. */
  public static final double PADDING = 0.25;

  /** dlib's mean face shape, x of points 17..67, in [0, 1]. */
  private static final double[] MEAN_X = {
      0.000213256, 0.0752622, 0.18113, 0.29077, 0.393397, 0.586856, 0.689483, 0.799124,
      0.904991, 0.98004, 0.490127, 0.490127, 0.490127, 0.490127, 0.36688, 0.426036,
      0.490127, 0.554217, 0.613373, 0.121737, 0.187122, 0.265825, 0.334606, 0.260918,
      0.182743, 0.645647, 0.714428, 0.793132, 0.858516, 0.79751, 0.719335, 0.254149,
      0.340985, 0.428858, 0.490127, 0.551395, 0.639268, 0.726104, 0.642159, 0.556721,
      0.490127, 0.423532, 0.338094, 0.290379, 0.428096, 0.490127, 0.552157, 0.689874,
      0.553364, 0.490127, 0.42689};
  /** dlib's mean face shape, y of points 17..67, in [0, 1]. */
  private static final double[] MEAN_Y = {
      0.106454, 0.038915, 0.0187482, 0.0344891, 0.0773906, 0.0773906, 0.0344891,
      0.0187482, 0.038915, 0.106454, 0.203352, 0.307009, 0.409805, 0.515625, 0.587326,
      0.609345, 0.628106, 0.609345, 0.587326, 0.216423, 0.178758, 0.179852, 0.231733,
      0.245099, 0.244077, 0.231733, 0.179852, 0.178758, 0.216423, 0.244077, 0.245099,
      0.780233, 0.745405, 0.727388, 0.742578, 0.727388, 0.745405, 0.780233, 0.864805,
      0.902192, 0.909281, 0.902192, 0.864805, 0.784792, 0.778746, 0.785343, 0.778746,
      0.784792, 0.824182, 0.831803, 0.824182};

  private FaceChip() {}

  /** The chip of the face whose mesh is {@code mesh}, sampled from {@code image}. */
  public static byte[] extract(RgbImage image, FaceLandmarks mesh) {
    Objects.requireNonNull(image, "image");
    return ImageWarp.toRgb(image, chipToImage(mesh), SIZE, SIZE);
  }

  /** The chip flipped left to right (a second view for the descriptor). */
  public static byte[] mirror(byte[] chip) {
    Objects.requireNonNull(chip, "chip");
    if (chip.length != SIZE * SIZE * 3) {
      throw new IllegalArgumentException("chip has " + chip.length + " bytes, " + SIZE * SIZE * 3 + " allowed");
    }
    byte[] out = new byte[chip.length];
    for (int row = 0; row < SIZE; row++) {
      for (int col = 0; col < SIZE; col++) {
        System.arraycopy(chip, (row * SIZE + col) * 3, out, (row * SIZE + SIZE - 1 - col) * 3, 3);
      }
    }
    return out;
  }

  /** Template point {@code i} (dlib point 17 + i) in chip pixel indices, as dlib computes it. */
  static double templateX(int i) {
    return (PADDING + MEAN_X[i]) / (2 * PADDING + 1) * SIZE;
  }

  static double templateY(int i) {
    return (PADDING + MEAN_Y[i]) / (2 * PADDING + 1) * SIZE;
  }

  /**
   * Chip coordinates (continuous) to image coordinates (continuous). dlib works in pixel indices (the
   * centre of pixel {@code i} is {@code i}), so the fit runs from template indices to landmark indices
   * (continuous minus 0.5), between two half-pixel shifts.
   */
  static Affine chipToImage(FaceLandmarks mesh) {
    Objects.requireNonNull(mesh, "mesh");
    int first = FIRST_FITTED - 17;
    int n = MeshPoints.DLIB_17_TO_67.length - first;
    double[] from = new double[2 * n];
    double[] to = new double[2 * n];
    for (int k = 0; k < n; k++) {
      int i = first + k;
      from[2 * k] = templateX(i);
      from[2 * k + 1] = templateY(i);
      to[2 * k] = mesh.x(MeshPoints.DLIB_17_TO_67[i]) - 0.5;
      to[2 * k + 1] = mesh.y(MeshPoints.DLIB_17_TO_67[i]) - 0.5;
    }
    Affine indexToIndex = Similarity.fit(from, to);
    Affine toIndex = new Affine(1, 0, -0.5, 0, 1, -0.5);
    Affine toContinuous = new Affine(1, 0, 0.5, 0, 1, 0.5);
    return toContinuous.after(indexToIndex.after(toIndex));
  }
}
