package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.idn.LiteIdentityNetwork;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.testing.MutableClock;

/**
 * Issue 11: a number read from the document reaches the identity network under the shared
 * {@link DocumentFields} names, through the engine with the discovered detectors.
 */
class DocumentFieldsFlowTest {
  private static final Instant START = Instant.parse("2026-11-26T10:15:30Z");
  private final MutableClock clock = new MutableClock(START);

  private Decision verify(LiteIdentityNetwork network, String id, Subject subject) throws Exception {
    VerifyCommandTest.SampleFiles files = new VerifyCommandTest.SampleFiles();
    VerificationRequest request = VerificationRequest.builder(id, Product.REAL_ID).subject(subject)
        .document(new DocumentImage(Page.FRONT, files.front(), clock.instant()))
        .frame(new SelfieFrame(files.frame(), clock.instant()))
        .config(ProductConfig.parse("actions=NONE,liveness=CLOSED")).requestedAt(clock.instant()).build();
    try (Kyc4j engine = VerifyCommand.withModels(Kyc4j.builder()).clock(clock).identityNetwork(network).build()) {
      return engine.verify(request);
    }
  }

  private static String idnSource(Decision decision) {
    return decision.findings().stream().map(Finding::evidence).filter(e -> e.containsKey("idNumber"))
        .map(e -> e.get("idNumber")).findFirst().orElseThrow();
  }

  @Test
  void theMrzDocumentNumberReachesTheNetworkAsReadAndAValidatedClaimedNumberAsClaimed() throws Exception {
    LiteIdentityNetwork network = LiteIdentityNetwork.builder().clock(clock).build();
    List<String> mrz = new CardHolder("DOE", "JANE", "ZQD512348", "UTO", LocalDate.of(1988, 4, 12),
        LocalDate.of(2031, 3, 9), 'F').mrz();
    Decision td1 = verify(network, "flow-1", Subject.builder().documentType(DocumentType.ID_CARD_TD1).mrzLines(mrz)
        .build());
    assertThat(td1.artefacts().documentFields()).containsEntry(DocumentFields.ID_NUMBER, "ZQD512348")
        .containsEntry(DocumentFields.DOCUMENT_NUMBER, "ZQD512348").containsEntry(DocumentFields.DOCUMENT_TYPE,
            "ID_CARD_TD1");
    assertThat(idnSource(td1)).isEqualTo("read from the document");
    assertThat(network.retrieve("flow-1").orElseThrow().idNumber()).isEqualTo("ZQD512348");
    clock.advance(java.time.Duration.ofMinutes(1));
    Decision hk = verify(network, "flow-2", Subject.builder().documentType(DocumentType.HK_ID_CARD)
        .idNumber("a123456 (3)").build());
    assertThat(hk.artefacts().documentFields()).containsEntry(DocumentFields.ID_NUMBER, "A1234563")
        .containsEntry(DocumentFields.ID_NUMBER_SOURCE, "claimed");
    assertThat(idnSource(hk)).isEqualTo("claimed, normalised by its ID rule");
    assertThat(network.retrieve("flow-2").orElseThrow().idNumber()).isEqualTo("A1234563");
  }
}
