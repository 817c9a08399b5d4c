package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;

/** The per-level limits: ordered by strictness, validated, CLOSED refused. */
class InjectionLimitsTest {
  @Test
  void eachLevelIsAtLeastAsStrictAsTheOneBelow() {
    InjectionLimits loose = InjectionLimits.at(Level.LOOSE);
    InjectionLimits standard = InjectionLimits.at(Level.STANDARD);
    InjectionLimits strict = InjectionLimits.at(Level.STRICT);
    for (InjectionLimits[] pair : new InjectionLimits[][] {{loose, standard}, {standard, strict}}) {
      InjectionLimits lower = pair[0];
      InjectionLimits higher = pair[1];
      assertThat(higher.minFineGrainShare()).isGreaterThan(lower.minFineGrainShare());
      assertThat(higher.minChangedShare()).isGreaterThan(lower.minChangedShare());
      assertThat(higher.maxClockSkew()).isLessThan(lower.maxClockSkew());
      assertThat(higher.maxSpan()).isLessThan(lower.maxSpan());
      assertThat(higher.maxAge()).isLessThan(lower.maxAge());
      assertThat(higher.maxFramesPerSecond()).isLessThanOrEqualTo(lower.maxFramesPerSecond());
    }
    assertThat(standard.describe()).contains("fineGrainShare>=0.080").contains("clockSkew<=5000ms");
  }

  @Test
  void closedHasNoLimits() {
    assertThatThrownBy(() -> InjectionLimits.at(Level.CLOSED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  void badComponentsAreNamed() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new InjectionLimits(1.5, 0.1, 6, s, s, s, 240))
        .hasMessageContaining("minFineGrainShare is 1.5; allowed: 0..1");
    assertThatThrownBy(() -> new InjectionLimits(0.1, -0.1, 6, s, s, s, 240))
        .hasMessageContaining("minChangedShare is -0.1");
    assertThatThrownBy(() -> new InjectionLimits(0.1, 0.1, 65, s, s, s, 240))
        .hasMessageContaining("maxHashDistance is 65; allowed: 0..64");
    assertThatThrownBy(() -> new InjectionLimits(0.1, 0.1, 6, s.negated(), s, s, 240))
        .hasMessageContaining("maxClockSkew is PT-1S; allowed: >= 0");
    assertThatThrownBy(() -> new InjectionLimits(0.1, 0.1, 6, s, Duration.ZERO, s, 240))
        .hasMessageContaining("maxSpan is PT0S; allowed: > 0");
    assertThatThrownBy(() -> new InjectionLimits(0.1, 0.1, 6, s, s.multipliedBy(2), s, 240))
        .hasMessageContaining("maxAge PT1S is shorter than maxSpan PT2S");
    assertThatThrownBy(() -> new InjectionLimits(0.1, 0.1, 6, s, s, s, Double.NaN))
        .hasMessageContaining("maxFramesPerSecond is NaN");
  }
}
