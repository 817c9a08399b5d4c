package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class SimilarityProperties {
  @Property
  void recoversAnExactSimilarity(@ForAll @DoubleRange(min = 0.05, max = 20) double scale,
      @ForAll @DoubleRange(min = -3.1, max = 3.1) double angle, @ForAll @DoubleRange(min = -500, max = 500) double tx,
      @ForAll @IntRange(min = 2, max = 60) int count, @ForAll long seed) {
    Random random = new Random(seed);
    Affine truth = Affine.similarity(scale, angle, tx, -tx / 3);
    double[] from = new double[2 * count];
    double[] to = new double[2 * count];
    for (int i = 0; i < count; i++) {
      from[2 * i] = random.nextDouble() * 150;
      from[2 * i + 1] = i == 0 ? 0 : random.nextDouble() * 150 + 1;
      to[2 * i] = truth.x(from[2 * i], from[2 * i + 1]);
      to[2 * i + 1] = truth.y(from[2 * i], from[2 * i + 1]);
    }
    Affine fit = Similarity.fit(from, to);
    double tolerance = 1e-7 * (1 + scale * 150 + Math.abs(tx));
    for (int i = 0; i < count; i++) {
      assertThat(fit.x(from[2 * i], from[2 * i + 1])).isCloseTo(to[2 * i], within(tolerance));
      assertThat(fit.y(from[2 * i], from[2 * i + 1])).isCloseTo(to[2 * i + 1], within(tolerance));
    }
  }

  @Property
  void fitMinimisesTheErrorAmongNearbySimilarities(@ForAll long seed,
      @ForAll @DoubleRange(min = -0.05, max = 0.05) double nudge) {
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
  }

  @Example
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
