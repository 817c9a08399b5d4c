package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.Stage;
import org.quicktheories.core.Gen;

/**
 * The decision policy over detectors that return chosen findings. QuickTheories prints the seed of
 * any failing run.
 */
class DecisionProperties {
  /** Shrink attempts on a failure of the engine property, where each example builds an engine (a few ms). */
  private static final int ENGINE_SHRINKS = 2_000;
  /** No check the product needs is open, so coverage adds nothing; velocity runs (risk STANDARD). */
  private static final ProductConfig NOTHING_NEEDED = ProductConfig.builder().documentAntiSpoof(Level.CLOSED)
      .liveness(Level.CLOSED).faceMatch(Level.CLOSED).operationMode(OperationMode.STANDARD_IDN_CLOSED).build();

  /** A detector's stage and the outcome it returns. */
  record Choice(Stage stage, Outcome outcome) {}

  private static Gen<List<Choice>> choices() {
    Gen<Choice> choice = arbitrary().enumValues(Stage.class).zip(arbitrary().enumValues(Outcome.class), Choice::new);
    return lists().of(choice).ofSizeBetween(1, 8);
  }

  private static Finding finding(String id, Choice choice) {
    if (choice.outcome() == Outcome.PASS) {
      return Finding.pass(id, choice.stage());
    }
    return Finding.of(id, choice.stage(), choice.outcome(), ReasonCode.DOC_BLURRED, choice.outcome() + " by choice",
        Double.NaN, Double.NaN, Map.of());
  }

  private static boolean finalFail(Finding f) {
    return f.outcome() == Outcome.FAIL && f.stage().failureIsFinal();
  }

  private static boolean pending(Finding f) {
    return switch (f.outcome()) {
      case REVIEW, ERROR, NOT_SUPPORTED -> true;
      case FAIL -> !f.stage().failureIsFinal();
      default -> false;
    };
  }

  @Test
  void anyFailInAFinalStageIsAFailureWithAnEmptyRiskSection() {
    qt().withExamples(80).withShrinkCycles(ENGINE_SHRINKS).forAll(choices())
        .checkAssert(DecisionProperties::assertEngineDecidesByPolicy);
  }

  private static void assertEngineDecidesByPolicy(List<Choice> choices) {
    Kyc4j.Builder builder = Fixtures.engine();
    for (int i = 0; i < choices.size(); i++) {
      String id = "d" + i;
      Choice choice = choices.get(i);
      builder.addProvider(TestDetector.builder(id, choice.stage()).body(ctx -> finding(id, choice)).build()
          .provider());
    }
    Decision decision;
    try (Kyc4j engine = builder.build()) {
      decision = engine.verify(Fixtures.realId("tx-p", NOTHING_NEEDED));
    }
    List<Finding> findings = decision.findings();
    assertThat(findings).hasSize(choices.size());
    if (findings.stream().anyMatch(DecisionProperties::finalFail)) {
      assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(decision.risk()).isEqualTo(RiskSection.EMPTY);
      assertThat(decision.reasons()).isEqualTo(findings.stream().filter(DecisionProperties::finalFail)
          .map(Finding::reason).toList());
      assertThat(findings).filteredOn(f -> f.stage() == Stage.RISK)
          .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.SKIPPED));
    } else {
      boolean pending = findings.stream().anyMatch(DecisionProperties::pending);
      assertThat(decision.status()).isEqualTo(pending ? Decision.Status.PENDING : Decision.Status.SUCCESS);
      assertThat(decision.risk().evaluated()).isTrue();
      assertThat(findings.stream().map(Finding::outcome).toList()).as("each detector's chosen outcome")
          .isEqualTo(outcomesInPlanOrder(findings, choices));
    }
  }

  /** Returns the chosen outcomes in the order the findings appear (detector ids are d0, d1, ...). */
  private static List<Outcome> outcomesInPlanOrder(List<Finding> findings, List<Choice> choices) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Finding f : findings) {
      outcomes.add(choices.get(Integer.parseInt(f.detectorId().substring(1))).outcome());
    }
    return outcomes;
  }

  @Test
  void theStatusAndItsReasonsFollowThePolicy() {
    qt().withExamples(300).forAll(choices()).checkAssert(DecisionProperties::assertPolicy);
  }

  private static void assertPolicy(List<Choice> choices) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      findings.add(finding("d" + i, choices.get(i)));
    }
    Decision.Status status = DecisionPolicy.status(findings);
    List<Reason> reasons = DecisionPolicy.reasons(status, findings);
    if (findings.stream().anyMatch(DecisionProperties::finalFail)) {
      assertThat(status).isEqualTo(Decision.Status.FAILURE);
      assertThat(reasons).hasSize((int) findings.stream().filter(DecisionProperties::finalFail).count());
    } else if (findings.stream().anyMatch(DecisionProperties::pending)) {
      assertThat(status).isEqualTo(Decision.Status.PENDING);
      assertThat(reasons).hasSize((int) findings.stream().filter(DecisionProperties::pending).count());
    } else {
      assertThat(status).isEqualTo(Decision.Status.SUCCESS);
      assertThat(reasons).isEmpty();
    }
  }
}
