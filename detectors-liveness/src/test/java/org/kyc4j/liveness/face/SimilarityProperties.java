package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The least-squares similarity fit recovers an exact similarity and is no worse than nearby
 * similarities. QuickTheories prints the seed of any failing run.
 */
class SimilarityProperties {
  /** A true similarity and the number of random points (drawn with {@code seed}) it maps. */
  record Truth(double scale, double angle, double tx, int count, long seed) {}

  @Test
  void recoversAnExactSimilarity() {
    Gen<Double> scales = doubles().between(0.05, 20);
    Gen<Double> angles = doubles().between(-3.1, 3.1);
    Gen<Double> shifts = doubles().between(-500, 500);
    Gen<Integer> counts = integers().between(2, 60);
    Gen<Long> seeds = longs().all();
    Gen<Truth> truths = in -> new Truth(scales.generate(in), angles.generate(in), shifts.generate(in),
        counts.generate(in), seeds.generate(in));
    qt().withExamples(1000).forAll(truths).checkAssert(SimilarityProperties::assertRecovered);
  }

  private static void assertRecovered(Truth t) {
    Random random = new Random(t.seed());
    int count = t.count();
    Affine truth = Affine.similarity(t.scale(), t.angle(), t.tx(), -t.tx() / 3);
    double[] from = new double[2 * count];
    double[] to = new double[2 * count];
    for (int i = 0; i < count; i++) {
      from[2 * i] = random.nextDouble() * 150;
      from[2 * i + 1] = i == 0 ? 0 : random.nextDouble() * 150 + 1;
      to[2 * i] = truth.x(from[2 * i], from[2 * i + 1]);
      to[2 * i + 1] = truth.y(from[2 * i], from[2 * i + 1]);
    }
    Affine fit = Similarity.fit(from, to);
    double tolerance = 1e-7 * (1 + t.scale() * 150 + Math.abs(t.tx()));
    for (int i = 0; i < count; i++) {
      assertThat(fit.x(from[2 * i], from[2 * i + 1])).isCloseTo(to[2 * i], within(tolerance));
      assertThat(fit.y(from[2 * i], from[2 * i + 1])).isCloseTo(to[2 * i + 1], within(tolerance));
    }
  }

  @Test
  void fitMinimisesTheErrorAmongNearbySimilarities() {
    qt().withExamples(1000).forAll(longs().all(), doubles().between(-0.05, 0.05)).checkAssert((seed, nudge) -> {
      Random random = new Random(seed);
      double[] from = new double[20];
      double[] to = new double[20];
      for (int i = 0; i < 20; i++) {
        from[i] = random.nextDouble() * 100;
        to[i] = from[i] * 1.7 + 30 + random.nextGaussian() * 3;
      }
      Affine fit = Similarity.fit(from, to);
      double s = Math.hypot(fit.a(), fit.d());
      double angle = Math.atan2(fit.d(), fit.a());
      Affine other = Affine.similarity(s * (1 + nudge), angle + nudge, fit.c(), fit.f());
      assertThat(error(fit, from, to)).isLessThanOrEqualTo(error(other, from, to) + 1e-9);
    });
  }

  @Test
  void refusesDegeneratePointSets() {
    assertThatThrownBy(() -> Similarity.fit(new double[] {1, 1, 1, 1}, new double[] {0, 0, 5, 5}))
        .hasMessageContaining("coincide");
    assertThatThrownBy(() -> Similarity.fit(new double[4], new double[6])).hasMessageContaining("4 and 6");
  }

  private static double error(Affine map, double[] from, double[] to) {
    double sum = 0;
    for (int i = 0; i < from.length; i += 2) {
      sum += Math.pow(map.x(from[i], from[i + 1]) - to[i], 2) + Math.pow(map.y(from[i], from[i + 1]) - to[i + 1], 2);
    }
    return sum;
  }
}
