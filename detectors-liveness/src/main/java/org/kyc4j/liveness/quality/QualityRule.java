package org.kyc4j.liveness.quality;

import java.util.function.ToDoubleFunction;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.spi.ThresholdTable;

/**
 * One face-quality measure: its evidence key, the reason it fails with, its per-level table in {@link
 * FaceQualityPolicy} and how it is read from a {@link FaceQualityReading}. Constants are in the order failures
 * are reported, most important first: a too-small or unrecognisable face makes the other measures unreliable,
 * exposure before pose and sharpness, the regional and surrounding cues last.
 */
public enum QualityRule {
  /** Eye distance in pixels. */
  EYE_DISTANCE("eye_distance_px", ReasonCode.FACE_TOO_SMALL, FaceQualityPolicy.EYE_DISTANCE, FaceQualityReading::eyeDistance),
  /** Face box width in pixels. */
  FACE_WIDTH("face_width_px", ReasonCode.FACE_TOO_SMALL, FaceQualityPolicy.FACE_WIDTH, FaceQualityReading::faceWidth),
  /** The mesh's face probability. */
  MESH_FACE_SCORE("mesh_face_score", ReasonCode.FACE_OCCLUDED, FaceQualityPolicy.MESH_FACE_SCORE,
      FaceQualityReading::meshFaceScore),
  /** Mean inner-face luma, dark side. */
  DARK_MEAN("luma_mean", ReasonCode.FACE_TOO_DARK, FaceQualityPolicy.DARK_MEAN, FaceQualityReading::lumaMean),
  /** Share of dark-clipped inner-face pixels. */
  DARK_CLIPPED("dark_clipped", ReasonCode.FACE_TOO_DARK, FaceQualityPolicy.DARK_CLIPPED, FaceQualityReading::darkClipped),
  /** Mean inner-face luma, bright side (same evidence value as DARK_MEAN). */
  BRIGHT_MEAN("luma_mean", ReasonCode.FACE_TOO_BRIGHT, FaceQualityPolicy.BRIGHT_MEAN, FaceQualityReading::lumaMean),
  /** Share of bright-clipped inner-face pixels. */
  BRIGHT_CLIPPED("bright_clipped", ReasonCode.FACE_TOO_BRIGHT, FaceQualityPolicy.BRIGHT_CLIPPED,
      FaceQualityReading::brightClipped),
  /** |yaw|. */
  YAW("pose_yaw", ReasonCode.FACE_POSE, FaceQualityPolicy.YAW, FaceQualityReading::yaw),
  /** |pitch - bias|. */
  PITCH("pose_pitch_offset", ReasonCode.FACE_POSE, FaceQualityPolicy.PITCH, FaceQualityReading::pitchOffset),
  /** |roll|. */
  ROLL("pose_roll", ReasonCode.FACE_POSE, FaceQualityPolicy.ROLL, FaceQualityReading::roll),
  /** Inner-face sharpness. */
  SHARPNESS("sharpness", ReasonCode.FACE_BLURRED, FaceQualityPolicy.SHARPNESS, FaceQualityReading::sharpness),
  /** Eye-region texture against the cheeks. */
  EYE_TEXTURE("eye_texture", ReasonCode.FACE_OCCLUDED, FaceQualityPolicy.EYE_TEXTURE, FaceQualityReading::eyeTexture),
  /** Eye-region brightness against the cheeks. */
  EYE_LUMA("eye_luma", ReasonCode.FACE_OCCLUDED, FaceQualityPolicy.EYE_LUMA, FaceQualityReading::eyeLuma),
  /** Mouth-region texture against the cheeks. */
  MOUTH_TEXTURE("mouth_texture", ReasonCode.FACE_OCCLUDED, FaceQualityPolicy.MOUTH_TEXTURE,
      FaceQualityReading::mouthTexture),
  /** Longest straight edge around the face. */
  BORDER("border_edge", ReasonCode.FACE_BORDER, FaceQualityPolicy.BORDER, FaceQualityReading::border),
  /** Background edge density. */
  BACKGROUND("background_edges", ReasonCode.FACE_BUSY_BACKGROUND, FaceQualityPolicy.BACKGROUND,
      FaceQualityReading::background);

  private final String key;
  private final ReasonCode reason;
  private final ThresholdTable table;
  private final ToDoubleFunction<FaceQualityReading> value;

  QualityRule(String key, ReasonCode reason, ThresholdTable table, ToDoubleFunction<FaceQualityReading> value) {
    this.key = key;
    this.reason = reason;
    this.table = table;
    this.value = value;
  }

  /** Returns the evidence key of the measured value. */
  public String key() {
    return key;
  }

  /** Returns the reason a failure of this rule reports. */
  public ReasonCode reason() {
    return reason;
  }

  /** Returns the per-level thresholds. */
  public ThresholdTable table() {
    return table;
  }

  /** Returns the measured value, NaN when it could not be measured. */
  public double value(FaceQualityReading reading) {
    return value.applyAsDouble(reading);
  }

  /** Returns whether the reading fails this rule at {@code level}; an unmeasured value never fails here. */
  public boolean fails(FaceQualityReading reading, org.kyc4j.api.Level level) {
    double v = value(reading);
    return !Double.isNaN(v) && !table.passes(v, level);
  }
}
