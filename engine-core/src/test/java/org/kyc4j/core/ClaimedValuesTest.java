package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;

/** A detector's message, evidence or exception that repeats a claimed value reaches the decision masked. */
class ClaimedValuesTest {
  private static final Subject SUBJECT = Subject.builder().userId("user-QQ-81234").deviceId("device-ZZ-5678")
      .idNumber("A123456(3)").name("CHAN Siu Ming").dateOfBirth(LocalDate.of(1988, 2, 29)).build();
  private static final List<String> RAW = List.of("user-QQ-81234", "device-ZZ-5678", "A123456(3)", "A1234563",
      "CHAN Siu Ming", "CHAN", "Ming", "1988-02-29", "19880229", "880229");

  @Test
  void aDetectorThatEchoesClaimedValuesHasThemMaskedInTheDecision() {
    TestDetector chatty = TestDetector.builder("chatty", Stage.DOCUMENT).body(ctx -> Finding.of("chatty",
        Stage.DOCUMENT, Outcome.FAIL, ReasonCode.DOC_FIELD_MISMATCH, "read CHAN, claimed CHAN Siu Ming born 880229",
        Double.NaN, Double.NaN, Map.of("read", "A1234563", "claimed", "A123456(3) / 1988-02-29 / MING"))).build();
    TestDetector thrower = TestDetector.builder("thrower", Stage.DOCUMENT).body(ctx -> {
      throw new IllegalStateException("no rule for user-QQ-81234 on device-ZZ-5678, dob 19880229");
    }).build();
    try (Kyc4j engine = Fixtures.engine().addProvider(chatty.provider()).addProvider(thrower.provider()).build()) {
      Decision decision = engine.verify(Fixtures.realId("tx-claims", SUBJECT));
      for (Finding finding : decision.findings()) {
        String text = finding.reason() == null ? "" : finding.reason().message() + " " + finding.evidence();
        for (String raw : RAW) {
          assertThat(text).as(finding.detectorId()).doesNotContain(raw);
        }
      }
      Finding masked = decision.findings().stream().filter(f -> f.detectorId().equals("chatty")).findFirst()
          .orElseThrow();
      assertThat(masked.reason().message()).isEqualTo("read ***, claimed CH***ng born ***");
      assertThat(masked.evidence()).containsEntry("read", "A1***63").containsEntry("claimed", "A1***3) / 19***29 / ***");
    }
  }

  @Test
  void shortValuesAndFindingsWithoutClaimsStayAsTheyAre() {
    ClaimedValues claimed = ClaimedValues.of(Subject.builder().userId("u1").deviceId("d-9").name("Li").build());
    Finding finding = Finding.fail("d", Stage.FACE, ReasonCode.NO_FACE, "no face: u1 d-9 Li");
    assertThat(claimed.mask(finding)).isSameAs(finding);
    assertThat(ClaimedValues.of(Subject.ANONYMOUS).mask("anything")).isEqualTo("anything");
  }
}
