package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {

  @Test
  void codesAreUniqueAndAscendingInDeclarationOrder() {
    Set<Integer> seen = new HashSet<>();
    int previous = 0;
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(seen.add(code.code())).as("duplicate code %s", code.code()).isTrue();
      assertThat(code.code()).as("%s after %s", code, previous).isGreaterThan(previous);
      previous = code.code();
    }
  }

  @Test
  void everyCodeLiesInItsCategoryRangeAndCategoriesAreOrdered() {
    for (ReasonCode code : ReasonCode.values()) {
      ReasonCode.Category category = code.category();
      assertThat(code.code()).isBetween(category.low(), category.high());
      assertThat(code.description()).isNotBlank();
    }
    int previousHigh = 0;
    for (ReasonCode.Category category : ReasonCode.Category.values()) {
      assertThat(category.low()).isGreaterThan(previousHigh);
      previousHigh = category.high();
    }
  }

  @Test
  void namePrefixesMatchCategories() {
    assertThat(ReasonCode.DOC_TAMPERED.category()).isEqualTo(ReasonCode.Category.DOCUMENT);
    assertThat(ReasonCode.NO_FACE.category()).isEqualTo(ReasonCode.Category.FACE);
    assertThat(ReasonCode.SPOOF_DETECTED.category()).isEqualTo(ReasonCode.Category.LIVENESS);
    assertThat(ReasonCode.FACE_MISMATCH.category()).isEqualTo(ReasonCode.Category.MATCH);
    assertThat(ReasonCode.IDN_FAKE_ID.category()).isEqualTo(ReasonCode.Category.RISK);
    assertThat(ReasonCode.DETECTOR_ERROR.category()).isEqualTo(ReasonCode.Category.INTERNAL);
    assertThat(ReasonCode.THIRD_PARTY_UNAVAILABLE.category()).isEqualTo(ReasonCode.Category.THIRD_PARTY);
  }

  @Test
  void attacksAreTheSpoofInjectionTamperAndFakeIdCodes() {
    assertThat(ReasonCode.SPOOF_DETECTED.isAttack()).isTrue();
    assertThat(ReasonCode.INJECTION_DETECTED.isAttack()).isTrue();
    assertThat(ReasonCode.DOC_TAMPERED.isAttack()).isTrue();
    assertThat(ReasonCode.IDN_FAKE_ID.isAttack()).isTrue();
    assertThat(ReasonCode.DOC_BLURRED.isAttack()).isFalse();
    assertThat(ReasonCode.NO_FACE.isAttack()).isFalse();
  }
}
