package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.IdentityRecord;
import org.junit.jupiter.api.Test;

/** No claimed personal value appears in the {@code toString()} of the values that carry it. */
class RedactedTest {
  private static final String USER = "user-7781234";
  private static final String DEVICE = "device-55aa19";
  private static final String ID_NUMBER = "ZE0005091";
  private static final String NAME = "Anna Maria Example";
  private static final LocalDate BIRTH = LocalDate.of(1988, 4, 12);
  private static final List<String> MRZ = List.of("IDUTOD231458907<<<<<<<<<<<<<<<",
      "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

  @Test
  void masksKeepTwoCharactersAtEachEndOfLongValuesOnly() {
    assertThat(Redacted.of("ZE000509")).isEqualTo("ZE***09");
    assertThat(Redacted.of("u-1")).isEqualTo("***");
    assertThat(Redacted.of("abcdef")).isEqualTo("***");
    assertThat(Redacted.of(null)).isNull();
  }

  @Test
  void subjectsRequestsAndRecordsPrintNoClaimedValue() {
    Subject subject = Subject.builder().userId(USER).deviceId(DEVICE).idNumber(ID_NUMBER).name(NAME)
        .dateOfBirth(BIRTH).expiry(LocalDate.of(2031, 1, 1)).mrzLines(MRZ).build();
    VerificationRequest request = VerificationRequest.builder("tx-1", Product.FACE_CAPTURE).subject(subject)
        .frame(new SelfieFrame(new byte[] {1, 2, 3}, Instant.EPOCH)).requestedAt(Instant.EPOCH).build();
    IdentityRecord record = new IdentityRecord("tx-1", USER, "PASSPORT", ID_NUMBER, NAME, BIRTH, null, null, DEVICE,
        Instant.EPOCH);
    for (String printed : List.of(subject.toString(), request.toString(), record.toString())) {
      assertThat(printed).doesNotContain(USER, DEVICE, ID_NUMBER, NAME, BIRTH.toString(), "1988", "Anna", "Example")
          .doesNotContain(MRZ.get(0), MRZ.get(1), MRZ.get(2), "ERIKSSON");
    }
    assertThat(subject.toString()).contains("idNumber=ZE***91", "mrzLines=3 (redacted)");
    assertThat(record.toString()).contains("tx-1", "user=us***34");
  }

  @Test
  void artefactsAndDocumentFieldsNameTheirFieldsButPrintNoValue() {
    Map<String, String> fields = Map.of("documentNumber", ID_NUMBER, "surname", "ERIKSSON", "dateOfBirth",
        BIRTH.toString());
    Artefacts artefacts = new Artefacts(null, List.of(), fields);
    for (String printed : List.of(artefacts.toString(), new DocumentFields(fields).toString())) {
      assertThat(printed).contains("documentNumber", "surname", "dateOfBirth", "values redacted")
          .doesNotContain(ID_NUMBER, "ERIKSSON", BIRTH.toString());
    }
    assertThat(artefacts.documentFields()).containsEntry("documentNumber", ID_NUMBER);
  }
}
