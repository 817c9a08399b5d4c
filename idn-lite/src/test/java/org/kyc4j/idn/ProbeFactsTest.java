package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.kyc4j.api.Product;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;
import org.junit.jupiter.api.Test;

/** Issue 10: the probe's evidence says where each part came from, never the part itself. */
class ProbeFactsTest {
  @Test
  void anUnreadableDateOfBirthIsNotRepeatedInTheEvidence() {
    VerificationRequest request = VerificationRequest.builder("tx-1", Product.FACE_CAPTURE)
        .subject(Subject.builder().userId("UIDQQQ123456").idNumber("ZE0005098").name("ZQXWYNAME").build())
        .frame(new SelfieFrame(new byte[] {1}, Instant.EPOCH)).requestedAt(Instant.EPOCH).build();
    MapDetectionContext context = MapDetectionContext.of(new IdnDetector(null, java.time.Duration.ofDays(1)), request)
        .with(Keys.DOCUMENT_FIELDS, new DocumentFields(Map.of("dateOfBirth", "12.04.1988", "surname", "ZQXWYNAME")));
    ProbeFacts facts = ProbeFacts.of(context, 0, 0);
    assertThat(facts.evidence()).containsEntry("dateOfBirth", "unreadable (not an ISO date YYYY-MM-DD), not used")
        .containsEntry("idNumber", "claimed").containsEntry("name", "read from the document");
    assertThat(facts.evidence().toString()).doesNotContain("12.04.1988", "1988", "ZQXWYNAME", "ZE0005098",
        "UIDQQQ123456");
    assertThat(facts.record().name()).isEqualTo("ZQXWYNAME");
  }

  @Test
  void theIdNumberReadFromTheDocumentWinsThenTheDocumentNumberThenTheClaim() {
    VerificationRequest request = VerificationRequest.builder("tx-2", Product.FACE_CAPTURE)
        .subject(Subject.builder().idNumber("CLAIMED1").build())
        .frame(new SelfieFrame(new byte[] {1}, Instant.EPOCH)).requestedAt(Instant.EPOCH).build();
    IdnDetector detector = new IdnDetector(null, java.time.Duration.ofDays(1));
    ProbeFacts both = ProbeFacts.of(MapDetectionContext.of(detector, request).with(Keys.DOCUMENT_FIELDS,
        new DocumentFields(Map.of(DocumentFields.DOCUMENT_NUMBER, "DOC1", DocumentFields.ID_NUMBER, "ID1"))), 0, 0);
    assertThat(both.record().idNumber()).isEqualTo("ID1");
    assertThat(both.evidence()).containsEntry("idNumber", "read from the document");
    ProbeFacts number = ProbeFacts.of(MapDetectionContext.of(detector, request).with(Keys.DOCUMENT_FIELDS,
        new DocumentFields(Map.of(DocumentFields.DOCUMENT_NUMBER, "DOC1"))), 0, 0);
    assertThat(number.record().idNumber()).isEqualTo("DOC1");
    ProbeFacts claimed = ProbeFacts.of(MapDetectionContext.of(detector, request), 0, 0);
    assertThat(claimed.record().idNumber()).isEqualTo("CLAIMED1");
    assertThat(claimed.evidence()).containsEntry("idNumber", "claimed");
  }
}
