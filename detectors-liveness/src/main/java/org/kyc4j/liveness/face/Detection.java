package org.kyc4j.liveness.face;

/**
 * A decoded detector box before and after suppression, in model-input pixels: corners, score and
 * six keypoints (x, y pairs). Package-private working value; the array is owned by the record.
 */
record Detection(double xMin, double yMin, double xMax, double yMax, double score, double[] keypoints) {
  double area() {
    return Math.max(0, xMax - xMin) * Math.max(0, yMax - yMin);
  }

  /** Intersection over union with {@code other}; 0 when either box is empty. */
  double iou(Detection other) {
    double w = Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin);
    double h = Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin);
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double intersection = w * h;
    double union = area() + other.area() - intersection;
    return union <= 0 ? 0 : intersection / union;
  }
}
