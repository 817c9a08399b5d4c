package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;

/**
 * Turns the raw outputs of the 256-pixel BlazeFace model (human-models {@code blazeface}, MediaPipe's
 * "back" face detector) into faces in image pixels. The model sees the image letterboxed into 256 x 256
 * with values {@code v / 127.5 - 1}; it scores two anchor grids: 16 x 16 cells of stride 16 with 2
 * anchors each (512, outputs {@code Identity_2} [1,512,16] and {@code Identity} [1,512,1]) and 8 x 8 cells
 * of stride 32 with 6 anchors each (384, {@code Identity_3} and {@code Identity_1}). Anchors run row by
 * row, then column, then anchor, centred on their cell. Per anchor: a score logit and 16 values in input
 * pixels relative to the anchor centre (box centre dx, dy, then width, height, then six keypoints x, y).
 * Scores are sigmoids of the logits clipped to +-100, kept from the threshold up, then merged by
 * {@link WeightedNms} at IoU {@value #NMS_IOU} (MediaPipe's face detection settings). Immutable,
 * thread-safe.
 */
final class BlazeFaceDecoder {
  /** Side of the square model input. */
  public static final int INPUT_SIZE = 256;
  /**
   * Default minimum score: 0.5 is MediaPipe's default minimum detection confidence, and at 0.5 this
   * model found a face in every dev photo (LFW, NUAA, phone selfies) while its stray anchors on
   * background texture stay well below it.
   */
  public static final double DEFAULT_MIN_SCORE = 0.5;
  /** Overlap above which two boxes are the same face (MediaPipe's min_suppression_threshold). */
  public static final double NMS_IOU = 0.3;
  /** Logits are clipped to +-this before the sigmoid (MediaPipe's score_clipping_thresh). */
  static final double LOGIT_CLIP = 100;
  static final int VALUES = 16;
  static final int FINE_ANCHORS = 512;
  static final int COARSE_ANCHORS = 384;

  private final double minScore;

  /** A decoder keeping faces scoring at least {@link #DEFAULT_MIN_SCORE}. */
  public BlazeFaceDecoder() {
    this(DEFAULT_MIN_SCORE);
  }

  /** A decoder keeping faces scoring at least {@code minScore}, in (0, 1). */
  public BlazeFaceDecoder(double minScore) {
    if (!(minScore > 0 && minScore < 1)) {
      throw new IllegalArgumentException("minScore " + minScore + " must be in (0, 1)");
    }
    this.minScore = minScore;
  }

  public double minScore() {
    return minScore;
  }

  /** The letterbox of {@code image} into the model input. */
  public static Letterbox letterbox(RgbImage image) {
    return Letterbox.of(image, INPUT_SIZE);
  }

  /** The model input of {@code image}: 256 x 256 x 3 floats {@code v / 127.5 - 1}, HWC, RGB. */
  public static float[] input(RgbImage image, Letterbox letterbox) {
    Objects.requireNonNull(letterbox, "letterbox");
    if (letterbox.size() != INPUT_SIZE) {
      throw new IllegalArgumentException("letterbox size " + letterbox.size() + ", " + INPUT_SIZE + " allowed");
    }
    return letterbox.sample(image, 1 / 127.5f, -1f);
  }

  /**
   * Decodes the four outputs into faces in image pixels, best score first.
   *
   * @param fineBoxes {@code Identity_2}, 512 x 16 values
   * @param fineScores {@code Identity}, 512 logits
   * @param coarseBoxes {@code Identity_3}, 384 x 16 values
   * @param coarseScores {@code Identity_1}, 384 logits
   * @param letterbox how the image was fitted into the input
   */
  public List<FaceBox> decode(float[] fineBoxes, float[] fineScores, float[] coarseBoxes,
      float[] coarseScores, Letterbox letterbox) {
    Objects.requireNonNull(letterbox, "letterbox");
    checkLength("fineBoxes", fineBoxes, FINE_ANCHORS * VALUES);
    checkLength("fineScores", fineScores, FINE_ANCHORS);
    checkLength("coarseBoxes", coarseBoxes, COARSE_ANCHORS * VALUES);
    checkLength("coarseScores", coarseScores, COARSE_ANCHORS);
    List<Detection> raw = new ArrayList<>();
    collect(fineBoxes, fineScores, 16, 2, raw);
    collect(coarseBoxes, coarseScores, 32, 6, raw);
    List<FaceBox> faces = new ArrayList<>();
    for (Detection d : WeightedNms.apply(raw, NMS_IOU)) {
      if (d.xMax() > d.xMin() && d.yMax() > d.yMin()) {
        faces.add(toImage(d, letterbox));
      }
    }
    return List.copyOf(faces);
  }

  private static void checkLength(String name, float[] values, int expected) {
    Objects.requireNonNull(values, name);
    if (values.length != expected) {
      throw new IllegalArgumentException(name + " has " + values.length + " values, " + expected + " expected");
    }
  }

  /** Adds the detections of one anchor grid (cells of {@code stride} pixels, {@code perCell} anchors each). */
  private void collect(float[] boxes, float[] logits, int stride, int perCell, List<Detection> out) {
    int cells = INPUT_SIZE / stride;
    for (int i = 0; i < logits.length; i++) {
      double score = sigmoid(logits[i]);
      if (!(score >= minScore)) {
        continue;
      }
      int cell = i / perCell;
      double anchorX = stride * (cell % cells + 0.5);
      double anchorY = stride * (cell / cells + 0.5);
      out.add(decodeAnchor(boxes, i * VALUES, anchorX, anchorY, score));
    }
  }

  static Detection decodeAnchor(float[] boxes, int at, double anchorX, double anchorY, double score) {
    double cx = anchorX + boxes[at];
    double cy = anchorY + boxes[at + 1];
    double halfW = boxes[at + 2] / 2.0;
    double halfH = boxes[at + 3] / 2.0;
    double[] keypoints = new double[12];
    for (int k = 0; k < 6; k++) {
      keypoints[2 * k] = anchorX + boxes[at + 4 + 2 * k];
      keypoints[2 * k + 1] = anchorY + boxes[at + 5 + 2 * k];
    }
    return new Detection(cx - halfW, cy - halfH, cx + halfW, cy + halfH, score, keypoints);
  }

  static double sigmoid(double logit) {
    double clipped = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logit));
    return 1 / (1 + Math.exp(-clipped));
  }

  private static FaceBox toImage(Detection d, Letterbox letterbox) {
    double x0 = letterbox.toImageX(d.xMin());
    double y0 = letterbox.toImageY(d.yMin());
    double x1 = letterbox.toImageX(d.xMax());
    double y1 = letterbox.toImageY(d.yMax());
    float[] keypoints = new float[12];
    for (int k = 0; k < 6; k++) {
      keypoints[2 * k] = (float) letterbox.toImageX(d.keypoints()[2 * k]);
      keypoints[2 * k + 1] = (float) letterbox.toImageY(d.keypoints()[2 * k + 1]);
    }
    return new FaceBox(x0, y0, x1 - x0, y1 - y0, Math.min(1, d.score()), keypoints);
  }
}
