package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Similarity maps: the inverse undoes the map, composition applies the first map first, and the
 * stretch of a similarity is its scale. QuickTheories prints the seed of any failing run.
 */
class AffineProperties {
  /** A similarity (scale, angle, translation) and the point it maps. */
  record Mapped(double scale, double angle, double tx, double ty, double px, double py) {}

  /** Two similarities and the x of the point they map. */
  record Composed(double s1, double a1, double s2, double a2, double px) {}

  @Test
  void inverseUndoesTheMap() {
    Gen<Double> scales = doubles().between(0.05, 20);
    Gen<Double> angles = doubles().between(-4, 4);
    Gen<Double> shifts = doubles().between(-1000, 1000);
    Gen<Double> points = doubles().between(-500, 500);
    Gen<Mapped> cases = in -> new Mapped(scales.generate(in), angles.generate(in), shifts.generate(in),
        shifts.generate(in), points.generate(in), points.generate(in));
    qt().withExamples(1000).forAll(cases).checkAssert(c -> {
      double scale = c.scale();
      double px = c.px();
      double py = c.py();
      Affine map = Affine.similarity(scale, c.angle(), c.tx(), c.ty());
      Affine back = map.inverse();
      double x = map.x(px, py);
      double y = map.y(px, py);
      assertThat(back.x(x, y)).isCloseTo(px, within(1e-6 * (1 + Math.abs(px) + Math.abs(c.tx()) / scale)));
      assertThat(back.y(x, y)).isCloseTo(py, within(1e-6 * (1 + Math.abs(py) + Math.abs(c.ty()) / scale)));
    });
  }

  @Test
  void afterAppliesTheFirstMapFirst() {
    Gen<Double> scales = doubles().between(0.1, 10);
    Gen<Double> angles = doubles().between(-3, 3);
    Gen<Double> points = doubles().between(-100, 100);
    Gen<Composed> cases = in -> new Composed(scales.generate(in), angles.generate(in), scales.generate(in),
        angles.generate(in), points.generate(in));
    qt().withExamples(1000).forAll(cases).checkAssert(c -> {
      Affine first = Affine.similarity(c.s1(), c.a1(), 3, -7);
      Affine second = Affine.similarity(c.s2(), c.a2(), -11, 5);
      Affine both = second.after(first);
      double px = c.px();
      double py = px / 2 + 1;
      assertThat(both.x(px, py)).isCloseTo(second.x(first.x(px, py), first.y(px, py)), within(1e-6));
      assertThat(both.y(px, py)).isCloseTo(second.y(first.x(px, py), first.y(px, py)), within(1e-6));
    });
  }

  @Test
  void similarityStretchIsItsScale() {
    qt().withExamples(1000).forAll(doubles().between(0.01, 50), doubles().between(-4, 4))
        .checkAssert((scale, angle) -> {
          Affine map = Affine.similarity(scale, angle, 0, 0);
          assertThat(map.maxStretch()).isCloseTo(scale, within(1e-9 * scale));
          assertThat(map.determinant()).isCloseTo(scale * scale, within(1e-9 * scale * scale));
        });
  }

  @Test
  void singularMapHasNoInverse() {
    assertThatThrownBy(() -> new Affine(1, 2, 0, 2, 4, 0).inverse())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("singular");
    assertThatThrownBy(() -> new Affine(Double.NaN, 0, 0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }
}
