package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MediaPipe's WEIGHTED non-maximum suppression: take the best remaining detection, gather every
 * remaining detection overlapping it by more than the IoU threshold (itself included), and replace
 * them by one detection whose corners and keypoints are the score-weighted mean of the group and
 * whose score is the best one's. BlazeFace fires on several neighbouring anchors per face; blending
 * them gives steadier boxes than keeping only the best. Stateless.
 */
final class WeightedNms {
  private WeightedNms() {}

  static List<Detection> apply(List<Detection> detections, double iouThreshold) {
    List<Detection> remaining = new ArrayList<>(detections);
    remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
    List<Detection> kept = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Detection best = remaining.get(0);
      List<Detection> group = new ArrayList<>();
      List<Detection> rest = new ArrayList<>();
      for (Detection d : remaining) {
        (d == best || best.iou(d) > iouThreshold ? group : rest).add(d);
      }
      kept.add(blend(best, group));
      remaining = rest;
    }
    return kept;
  }

  private static Detection blend(Detection best, List<Detection> group) {
    double total = 0;
    double[] box = new double[4];
    double[] keypoints = new double[best.keypoints().length];
    for (Detection d : group) {
      double w = d.score();
      total += w;
      box[0] += w * d.xMin();
      box[1] += w * d.yMin();
      box[2] += w * d.xMax();
      box[3] += w * d.yMax();
      for (int i = 0; i < keypoints.length; i++) {
        keypoints[i] += w * d.keypoints()[i];
      }
    }
    if (total <= 0) {
      return best;
    }
    for (int i = 0; i < keypoints.length; i++) {
      keypoints[i] /= total;
    }
    return new Detection(box[0] / total, box[1] / total, box[2] / total, box[3] / total, best.score(), keypoints);
  }
}
