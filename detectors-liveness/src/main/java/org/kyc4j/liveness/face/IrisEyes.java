package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.models.GraphModel;
import org.kyc4j.spi.FaceLandmarks;

/**
 * Eye openness from MediaPipe's iris landmark model, which reads 71 eye-region contour points and 5
 * iris points on a 64x64 eye crop. Each eye is cut from the image as the reference pipelines do
 * (MediaPipe's iris graph, human's {@code iris.ts}): a square of {@value #ENLARGE} times the distance of
 * the mesh's eye corners, centred between them, level with the line through both eyes, pixel values in
 * [0, 1]; the subject's left eye is mirrored so that the model sees every eye as a right eye (outer
 * corner on the crop's left). Openness is an eye aspect ratio on the model's own eyelid contour: the
 * mean of three upper-to-lower lid distances over the corner distance. Thread-safe (the model is).
 */
final class IrisEyes {
  /** Side of the model input in pixels. */
  static final int SIZE = 64;
  /** Crop side over the eye's corner distance (MediaPipe's iris ROI scale 2.3, as human's irisEnlarge). */
  static final double ENLARGE = 2.3;
  /** Iris-model points of the eye corners: outer (mesh 33 or 263) and inner (mesh 133 or 362). */
  static final int OUTER = 0;
  static final int INNER = 8;
  /**
   * Upper and lower lid points facing each other, as pairs (iris-model contour: 0-8 lower lid from
   * outer to inner corner, 9-15 upper lid): 11/3, 12/4, 13/5, the points the mesh numbers 160/144,
   * 159/145 and 158/153 on the right eye, the lid middle and its neighbours.
   */
  static final int[][] LID_PAIRS = {{11, 3}, {12, 4}, {13, 5}};
  /** Points read by the model (71 contour, 5 iris), each x, y, z in model pixels. */
  private static final int POINTS = 76;

  /** Mesh points of the subject's right eye corners (outer, inner) and left eye corners (outer, inner). */
  private static final int RIGHT_OUTER = 33;
  private static final int RIGHT_INNER = 133;
  private static final int LEFT_OUTER = 263;
  private static final int LEFT_INNER = 362;

  private final GraphModel model;

  IrisEyes(GraphModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Both eyes' openness.
   *
   * @param right eyelid gap over eye width of the subject's right eye, at least 0
   * @param left the same for the subject's left eye
   */
  record Openness(double right, double left) {
    Openness {
      if (!(right >= 0 && Double.isFinite(right)) || !(left >= 0 && Double.isFinite(left))) {
        throw new IllegalArgumentException("eye openness right " + right + ", left " + left
            + " must be finite and at least 0");
      }
    }
  }

  /** Measures both eyes of a face whose mesh is {@code mesh}; null when the eye corners coincide. */
  Openness measure(RgbImage image, FaceLandmarks mesh) {
    return measureAll(List.of(Objects.requireNonNull(image, "image")), List.of(Objects.requireNonNull(mesh, "mesh")))
        .get(0);
  }

  /**
   * Measures both eyes of every face, all crops in one batch of the model (far cheaper than a run per
   * face); an entry is null where the mesh is null or its eye corners coincide.
   *
   * @throws IllegalArgumentException if the lists differ in size
   */
  List<Openness> measureAll(List<RgbImage> images, List<FaceLandmarks> meshes) {
    if (images.size() != meshes.size()) {
      throw new IllegalArgumentException(images.size() + " images for " + meshes.size() + " meshes");
    }
    List<RgbImage> sources = new ArrayList<>();
    List<Affine> crops = new ArrayList<>();
    boolean[] cut = new boolean[images.size()];
    for (int i = 0; i < images.size(); i++) {
      Affine[] both = meshes.get(i) == null ? null : eyeBoxes(meshes.get(i));
      cut[i] = both != null;
      if (both != null) {
        sources.add(Objects.requireNonNull(images.get(i), "image"));
        sources.add(images.get(i));
        crops.add(both[0]);
        crops.add(both[1]);
      }
    }
    List<float[]> points = crops.isEmpty() ? List.of() : read(sources, crops);
    List<Openness> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < images.size(); i++) {
      if (!cut[i]) {
        out.add(null);
      } else {
        out.add(new Openness(openness(points.get(next)), openness(points.get(next + 1))));
        next += 2;
      }
    }
    return out;
  }

  /** The right and left eye crops of a mesh, or null when the eye corners coincide. */
  private static Affine[] eyeBoxes(FaceLandmarks mesh) {
    double dx = mesh.x(LEFT_OUTER) + mesh.x(LEFT_INNER) - mesh.x(RIGHT_OUTER) - mesh.x(RIGHT_INNER);
    double dy = mesh.y(LEFT_OUTER) + mesh.y(LEFT_INNER) - mesh.y(RIGHT_OUTER) - mesh.y(RIGHT_INNER);
    double angle = dx == 0 && dy == 0 ? 0 : Math.atan2(dy, dx);
    Affine right = eyeBox(mesh, RIGHT_OUTER, RIGHT_INNER, angle, false);
    Affine left = eyeBox(mesh, LEFT_OUTER, LEFT_INNER, angle, true);
    return right == null || left == null ? null : new Affine[] {right, left};
  }

  /**
   * Measures one eye crop as it is (a whole image showing one eye, the outer corner on the left as for a
   * subject's right eye in an unmirrored photo): padded to a centred square of its longer side, scaled
   * to 64x64.
   */
  double measureCrop(RgbImage eye) {
    Objects.requireNonNull(eye, "eye");
    double side = Math.max(eye.width(), eye.height());
    Affine square = new Affine(side / SIZE, 0, (eye.width() - side) / 2, 0, side / SIZE, (eye.height() - side) / 2);
    return openness(read(eye, square));
  }

  /**
   * The crop of one eye: model pixels to image pixels, the x axis along {@code angle} (mirrored for
   * {@code mirror}); null when the corners coincide.
   */
  private static Affine eyeBox(FaceLandmarks mesh, int outer, int inner, double angle, boolean mirror) {
    double dx = mesh.x(inner) - mesh.x(outer);
    double dy = mesh.y(inner) - mesh.y(outer);
    double along = Math.abs(dx * Math.cos(angle) + dy * Math.sin(angle));
    double across = Math.abs(-dx * Math.sin(angle) + dy * Math.cos(angle));
    double side = ENLARGE * Math.max(along, across);
    if (!(side > 0)) {
      return null;
    }
    double centreX = (mesh.x(inner) + mesh.x(outer)) / 2;
    double centreY = (mesh.y(inner) + mesh.y(outer)) / 2;
    Affine centred = new Affine(mirror ? -1 : 1, 0, mirror ? SIZE / 2.0 : -SIZE / 2.0, 0, 1, -SIZE / 2.0);
    return Affine.similarity(side / SIZE, angle, centreX, centreY).after(centred);
  }

  /** Runs the model on the crop; returns the 228 output values (x, y, z per point in model pixels). */
  private float[] read(RgbImage image, Affine crop) {
    return read(List.of(image), List.of(crop)).get(0);
  }

  /** Runs the model on the crops (crop k of image k) in one batch; returns each crop's 228 output values. */
  private List<float[]> read(List<RgbImage> images, List<Affine> crops) {
    List<float[]> inputs = new ArrayList<>();
    for (int k = 0; k < crops.size(); k++) {
      inputs.add(ImageWarp.toFloat(images.get(k), crops.get(k), SIZE, SIZE, 1 / 255f, 0f));
    }
    List<float[]> outs = new ArrayList<>();
    for (Map<String, float[]> result : model.runBatch(inputs, SIZE, SIZE)) {
      float[] out = result.get("Identity");
      if (out == null || out.length != POINTS * 3) {
        throw new IllegalStateException("the iris model gave " + (out == null ? "no" : out.length)
            + " values, " + POINTS * 3 + " expected");
      }
      outs.add(out);
    }
    return outs;
  }

  /** Mean lid gap over corner distance on the model's contour; 0 when the corners coincide. */
  static double openness(float[] points) {
    double width = distance(points, OUTER, INNER);
    if (!(width > 0)) {
      return 0;
    }
    double gap = 0;
    for (int[] pair : LID_PAIRS) {
      gap += distance(points, pair[0], pair[1]);
    }
    return gap / LID_PAIRS.length / width;
  }

  private static double distance(float[] points, int i, int j) {
    return Math.hypot(points[3 * i] - points[3 * j], points[3 * i + 1] - points[3 * j + 1]);
  }
}
