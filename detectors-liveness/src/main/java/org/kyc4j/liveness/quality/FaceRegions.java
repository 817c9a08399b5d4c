package org.kyc4j.liveness.quality;

import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;

/**
 * The occlusion measures: texture (mean gradient) and brightness of the two eye regions and the mouth region
 * against the two cheeks, each region a 0.6 x 0.35 eye-distance patch resampled to 20 x 12 cells. A skin or
 * dark patch over the eyes or mouth flattens its texture; sunglasses and dark patches darken the eyes.
 * Stateless.
 */
final class FaceRegions {
  private static final double PATCH_WIDTH = 0.6;
  private static final double PATCH_HEIGHT = 0.35;
  private static final int GRID_W = 20;
  private static final int GRID_H = 12;
  /** Added to the cheeks' texture so that a very smooth cheek does not blow the ratios up. */
  private static final double TEXTURE_FLOOR = 0.5;

  private FaceRegions() {}

  /** Returns eye texture, eye luma and mouth texture ratios (NaN when a region falls outside the image). */
  static double[] measure(LumaPlane plane, FaceLandmarks landmarks, FaceGeometry geometry) {
    double d = geometry.eyeDistance();
    LumaPlane.Grid right = patch(plane, geometry.rightEye().x(), geometry.rightEye().y(), d);
    LumaPlane.Grid left = patch(plane, geometry.leftEye().x(), geometry.leftEye().y(), d);
    LumaPlane.Grid mouth = patch(plane, (geometry.mouthRight().x() + geometry.mouthLeft().x()) / 2,
        (geometry.mouthRight().y() + geometry.mouthLeft().y()) / 2, d);
    LumaPlane.Grid cheekR = patch(plane, landmarks.x(FaceQualityMeasures.RIGHT_CHEEK),
        landmarks.y(FaceQualityMeasures.RIGHT_CHEEK), d);
    LumaPlane.Grid cheekL = patch(plane, landmarks.x(FaceQualityMeasures.LEFT_CHEEK),
        landmarks.y(FaceQualityMeasures.LEFT_CHEEK), d);
    if (right == null || left == null || mouth == null || cheekR == null || cheekL == null) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double cheekTexture = (cheekR.meanGradient() + cheekL.meanGradient()) / 2 + TEXTURE_FLOOR;
    double cheekLuma = Math.max(1, (cheekR.mean() + cheekL.mean()) / 2);
    double eyeTexture = Math.min(right.meanGradient(), left.meanGradient()) / cheekTexture;
    double eyeLuma = Math.min(right.mean(), left.mean()) / cheekLuma;
    return new double[] {eyeTexture, eyeLuma, mouth.meanGradient() / cheekTexture};
  }

  private static LumaPlane.Grid patch(LumaPlane plane, double cx, double cy, double d) {
    double w = PATCH_WIDTH * d;
    double h = PATCH_HEIGHT * d;
    if (cx - w / 2 < plane.left() || cy - h / 2 < plane.top() || cx + w / 2 > plane.right()
        || cy + h / 2 > plane.bottom() || d < 4) {
      return null;
    }
    return plane.resample(cx - w / 2, cy - h / 2, w, h, GRID_W, GRID_H);
  }
}
