package org.kyc4j.liveness.quality;

import org.kyc4j.spi.ThresholdTable;

/**
 * What each level of {@code face.quality} requires, one table per measure (README "Face quality" has them
 * side by side with the false-reject rates measured on the dev sets). Values are LOOSE / STANDARD / STRICT;
 * STANDARD sits well beyond the 1st percentile of genuine dev captures. {@link #SHARPNESS} is the table the
 * detector publishes through {@code Detector.thresholds()}; {@link QualityRule} lists every table in the
 * order failures are reported. Stateless.
 */
public final class FaceQualityPolicy {
  /** The face mesh's pitch on frontal faces, in degrees (see {@code FaceGeometry}); pose limits are around it. */
  public static final double PITCH_BIAS = -10;

  /** FACE_TOO_SMALL: distance between the eye centres in image pixels. */
  public static final ThresholdTable EYE_DISTANCE = ThresholdTable.of(
      "eye distance, pixels", ThresholdTable.PassWhen.AT_LEAST, 12, 15, 20);
  /** FACE_TOO_SMALL: width of the face box in image pixels. */
  public static final ThresholdTable FACE_WIDTH = ThresholdTable.of(
      "face box width, pixels", ThresholdTable.PassWhen.AT_LEAST, 40, 44, 52);
  /** FACE_OCCLUDED: the face mesh's face probability. */
  public static final ThresholdTable MESH_FACE_SCORE = ThresholdTable.of(
      "face mesh face probability", ThresholdTable.PassWhen.AT_LEAST, 0.3, 0.5, 0.7);
  /** FACE_TOO_DARK: mean luma of the inner face. */
  public static final ThresholdTable DARK_MEAN = ThresholdTable.of(
      "inner-face mean luma (0..255)", ThresholdTable.PassWhen.AT_LEAST, 15, 20, 35);
  /** FACE_TOO_DARK: share of inner-face pixels at luma 16 or below. */
  public static final ThresholdTable DARK_CLIPPED = ThresholdTable.of(
      "inner-face share at luma <= 16", ThresholdTable.PassWhen.AT_MOST, 0.7, 0.6, 0.4);
  /** FACE_TOO_BRIGHT: mean luma of the inner face. */
  public static final ThresholdTable BRIGHT_MEAN = ThresholdTable.of(
      "inner-face mean luma (0..255)", ThresholdTable.PassWhen.AT_MOST, 245, 238, 228);
  /** FACE_TOO_BRIGHT: share of inner-face pixels at luma 245 or above. */
  public static final ThresholdTable BRIGHT_CLIPPED = ThresholdTable.of(
      "inner-face share at luma >= 245", ThresholdTable.PassWhen.AT_MOST, 0.8, 0.65, 0.55);
  /** FACE_POSE: |yaw|, degrees. */
  public static final ThresholdTable YAW = ThresholdTable.of(
      "|yaw|, degrees", ThresholdTable.PassWhen.AT_MOST, 50, 40, 30);
  /** FACE_POSE: |pitch - PITCH_BIAS|, degrees. */
  public static final ThresholdTable PITCH = ThresholdTable.of(
      "|pitch + 10|, degrees", ThresholdTable.PassWhen.AT_MOST, 50, 40, 30);
  /** FACE_POSE: |roll|, degrees. */
  public static final ThresholdTable ROLL = ThresholdTable.of(
      "|roll|, degrees", ThresholdTable.PassWhen.AT_MOST, 40, 30, 20);
  /** FACE_BLURRED: blur-the-blur ratio of the inner face on a 64 x 64 grid (falls towards 1 with blur). */
  public static final ThresholdTable SHARPNESS = ThresholdTable.of(
      "inner-face RMS Laplacian / RMS Laplacian after [1 2 1] smoothing, 64 x 64 grid",
      ThresholdTable.PassWhen.AT_LEAST, 1.15, 1.25, 1.35);
  /** FACE_OCCLUDED: mean gradient of the weaker eye region over the cheeks'. */
  public static final ThresholdTable EYE_TEXTURE = ThresholdTable.of(
      "eye-region texture / cheek texture (weaker eye)", ThresholdTable.PassWhen.AT_LEAST, 0.05, 0.1, 0.2);
  /** FACE_OCCLUDED: mean luma of the darker eye region over the cheeks'. */
  public static final ThresholdTable EYE_LUMA = ThresholdTable.of(
      "eye-region luma / cheek luma (darker eye)", ThresholdTable.PassWhen.AT_LEAST, 0.12, 0.18, 0.25);
  /** FACE_OCCLUDED: mean gradient of the mouth region over the cheeks'. */
  public static final ThresholdTable MOUTH_TEXTURE = ThresholdTable.of(
      "mouth-region texture / cheek texture", ThresholdTable.PassWhen.AT_LEAST, 0.2, 0.3, 0.4);
  /** FACE_BORDER: longest straight edge in the ring around the face, face widths. */
  public static final ThresholdTable BORDER = ThresholdTable.of(
      "longest straight edge around the face, face widths", ThresholdTable.PassWhen.AT_MOST, 2.2, 1.8, 1.4);
  /** FACE_BUSY_BACKGROUND: share of edge cells in the background beside and above the face. */
  public static final ThresholdTable BACKGROUND = ThresholdTable.of(
      "background edge-cell share", ThresholdTable.PassWhen.AT_MOST, 0.85, 0.75, 0.65);

  private FaceQualityPolicy() {}
}
