package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class AffineProperties {
  @Property
  void inverseUndoesTheMap(@ForAll @DoubleRange(min = 0.05, max = 20) double scale,
      @ForAll @DoubleRange(min = -4, max = 4) double angle,
      @ForAll @DoubleRange(min = -1000, max = 1000) double tx, @ForAll @DoubleRange(min = -1000, max = 1000) double ty,
      @ForAll @DoubleRange(min = -500, max = 500) double px, @ForAll @DoubleRange(min = -500, max = 500) double py) {
    Affine map = Affine.similarity(scale, angle, tx, ty);
    Affine back = map.inverse();
    double x = map.x(px, py);
    double y = map.y(px, py);
    assertThat(back.x(x, y)).isCloseTo(px, within(1e-6 * (1 + Math.abs(px) + Math.abs(tx) / scale)));
    assertThat(back.y(x, y)).isCloseTo(py, within(1e-6 * (1 + Math.abs(py) + Math.abs(ty) / scale)));
  }

  @Property
  void afterAppliesTheFirstMapFirst(@ForAll @DoubleRange(min = 0.1, max = 10) double s1,
      @ForAll @DoubleRange(min = -3, max = 3) double a1, @ForAll @DoubleRange(min = 0.1, max = 10) double s2,
      @ForAll @DoubleRange(min = -3, max = 3) double a2, @ForAll @DoubleRange(min = -100, max = 100) double px) {
    Affine first = Affine.similarity(s1, a1, 3, -7);
    Affine second = Affine.similarity(s2, a2, -11, 5);
    Affine both = second.after(first);
    double py = px / 2 + 1;
    assertThat(both.x(px, py)).isCloseTo(second.x(first.x(px, py), first.y(px, py)), within(1e-6));
    assertThat(both.y(px, py)).isCloseTo(second.y(first.x(px, py), first.y(px, py)), within(1e-6));
  }

  @Property
  void similarityStretchIsItsScale(@ForAll @DoubleRange(min = 0.01, max = 50) double scale,
      @ForAll @DoubleRange(min = -4, max = 4) double angle) {
    Affine map = Affine.similarity(scale, angle, 0, 0);
    assertThat(map.maxStretch()).isCloseTo(scale, within(1e-9 * scale));
    assertThat(map.determinant()).isCloseTo(scale * scale, within(1e-9 * scale * scale));
  }

  @net.jqwik.api.Example
  void singularMapHasNoInverse() {
    assertThatThrownBy(() -> new Affine(1, 2, 0, 2, 4, 0).inverse())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("singular");
    assertThatThrownBy(() -> new Affine(Double.NaN, 0, 0, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }
}
