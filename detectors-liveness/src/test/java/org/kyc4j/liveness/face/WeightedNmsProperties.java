package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weighted non-maximum suppression: separate boxes survive unchanged and a cluster becomes one
 * score-weighted box inside its hull. QuickTheories prints the seed of any failing run.
 */
class WeightedNmsProperties {
  @Test
  void separateBoxesSurviveUnchanged() {
    qt().withExamples(1000).forAll(integers().between(1, 12), doubles().between(0.05, 1))
        .checkAssert((count, score) -> {
          List<Detection> boxes = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            boxes.add(box(i * 100, 0, 50, score / (i + 1)));
          }
          List<Detection> kept = WeightedNms.apply(boxes, 0.3);
          assertThat(kept).hasSize(count);
          assertThat(kept.get(0).xMin()).isEqualTo(0);
        });
  }

  @Test
  void aClusterBecomesOneBoxInsideItsHullWithTheBestScore() {
    qt().withExamples(1000).forAll(integers().between(1, 10), doubles().between(0, 6)).checkAssert((count, jitter) -> {
      List<Detection> boxes = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        boxes.add(box(100 + jitter * Math.sin(i), 80 + jitter * Math.cos(i), 60, 0.5 + 0.04 * i));
      }
      List<Detection> kept = WeightedNms.apply(boxes, 0.3);
      assertThat(kept).hasSize(1);
      Detection d = kept.get(0);
      assertThat(d.score()).isCloseTo(0.5 + 0.04 * (count - 1), within(1e-12));
      assertThat(d.xMin()).isBetween(100 - jitter - 1e-9, 100 + jitter + 1e-9);
      assertThat(d.keypoints()[0]).isCloseTo(d.xMin() + 10, within(1e-9));
    });
  }

  @Test
  void blendingIsScoreWeighted() {
    List<Detection> kept = WeightedNms.apply(List.of(box(0, 0, 100, 0.9), box(10, 0, 100, 0.3)), 0.3);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).xMin()).isCloseTo(10 * 0.3 / 1.2, within(1e-12));
  }

  @Test
  void overlapAtOrBelowTheThresholdKeepsBoth() {
    // Two 100-pixel squares shifted by 60: IoU = 40 / 160 = 0.25.
    assertThat(WeightedNms.apply(List.of(box(0, 0, 100, 0.9), box(60, 0, 100, 0.8)), 0.3)).hasSize(2);
    assertThat(box(0, 0, 100, 1).iou(box(60, 0, 100, 1))).isCloseTo(0.25, within(1e-12));
  }

  static Detection box(double x, double y, double side, double score) {
    double[] keypoints = new double[12];
    for (int k = 0; k < 6; k++) {
      keypoints[2 * k] = x + 10 + k;
      keypoints[2 * k + 1] = y + 20;
    }
    return new Detection(x, y, x + side, y + side, score, keypoints);
  }
}
