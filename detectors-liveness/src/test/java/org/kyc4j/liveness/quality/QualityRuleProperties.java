package org.kyc4j.liveness.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.kyc4j.api.Level;
import org.junit.jupiter.api.Test;

/**
 * The levels of every face-quality rule are ordered: a value that passes STRICT passes STANDARD, and one
 * that passes STANDARD passes LOOSE (QuickTheories over values spread around each rule's thresholds).
 */
class QualityRuleProperties {
  @Test
  void strictnessIsMonotoneOverTheLevels() {
    qt().withExamples(2000).forAll(integers().between(0, QualityRule.values().length - 1),
        doubles().between(-0.5, 1.5)).checkAssert((index, position) -> {
          QualityRule rule = QualityRule.values()[index];
          double loose = rule.table().at(Level.LOOSE);
          double strict = rule.table().at(Level.STRICT);
          double value = loose + position * (strict - loose);
          boolean passesStrict = rule.table().passes(value, Level.STRICT);
          boolean passesStandard = rule.table().passes(value, Level.STANDARD);
          boolean passesLoose = rule.table().passes(value, Level.LOOSE);
          assertThat(!passesStrict || passesStandard).as("%s at %s: STRICT passes, STANDARD not", rule, value).isTrue();
          assertThat(!passesStandard || passesLoose).as("%s at %s: STANDARD passes, LOOSE not", rule, value).isTrue();
        });
  }
}
