package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final Timings TIMINGS = new Timings(Duration.ZERO, Duration.ZERO, Map.of());
  private static final Reason REASON = new Reason(ReasonCode.NO_FACE, "face.detect", "no face in frame 0");

  private static Report report(List<Reason> reasons, RiskSection risk) {
    return new Report("tx", reasons, List.of(), TIMINGS, risk, Artefacts.NONE, Instant.EPOCH);
  }

  @Test
  void statusesMatchTheirTypes() {
    Decision success = Decision.of(Decision.Status.SUCCESS, report(List.of(), RiskSection.evaluated(List.of())));
    Decision failure = Decision.of(Decision.Status.FAILURE, report(List.of(REASON), RiskSection.EMPTY));
    assertThat(success).isInstanceOf(Decision.Success.class);
    assertThat(failure.status()).isEqualTo(Decision.Status.FAILURE);
    String described = switch (failure.status()) {
      case SUCCESS -> "ok";
      case PENDING -> "review";
      case FAILURE -> "failed: " + failure.reasons().get(0).code();
    };
    assertThat(described).isEqualTo("failed: NO_FACE");
  }

  @Test
  void invariantsHold() {
    assertThatThrownBy(() -> new Decision.Success(report(List.of(REASON), RiskSection.EMPTY)))
        .hasMessageContaining("no reasons");
    assertThatThrownBy(() -> new Decision.Pending(report(List.of(), RiskSection.EMPTY)))
        .hasMessageContaining("at least one reason");
    assertThatThrownBy(() -> new Decision.Failure(report(List.of(REASON), RiskSection.evaluated(List.of()))))
        .hasMessageContaining("empty risk section");
  }

  @Test
  void findingsCarryAReasonExactlyWhenTheyDoNotPass() {
    assertThat(Finding.pass("d", Stage.FACE).findReason()).isEmpty();
    assertThat(Finding.skipped("d", Stage.FACE, "closed").reason().code()).isEqualTo(ReasonCode.CHECK_SKIPPED);
    assertThatThrownBy(() -> new Finding("d", Stage.FACE, Outcome.FAIL, 0, 0, null, Map.of()))
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> new Finding("d", Stage.FACE, Outcome.PASS, 0, 0, REASON, Map.of()))
        .hasMessageContaining("must not carry a reason");
    assertThat(Finding.pass("d", Stage.FACE).findScore()).isEmpty();
  }

  @Test
  void riskSectionThatDidNotRunHasNoHits() {
    assertThat(RiskSection.EMPTY.isEmpty()).isTrue();
    assertThat(RiskSection.evaluated(List.of()).isEmpty()).isFalse();
    RiskHit hit = new RiskHit(RiskType.SAME_FACE_DIFFERENT_USER_ID, 0.9, List.of("t0"), "same face");
    assertThatThrownBy(() -> new RiskSection(false, List.of(hit))).hasMessageContaining("no hits");
    assertThat(hit.type().group().reasonCode()).isEqualTo(ReasonCode.IDN_DUPLICATED_ID);
  }
}
