package org.kyc4j.document;

import org.kyc4j.testing.MapDetectionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Keys;

class MrzDetectorTest {
  private static final String UPPER = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  /** The ICAO specimen with its expiry moved to 2030-04-15. */
  private static final String LOWER = MrzTest.withTd3Checks("L898902C3<UTO7408122F300415<ZE184226B<<<<<<<");
  private final MrzDetector detector = new MrzDetector();

  @Test
  void passesAValidUnexpiredZoneAndProvidesItsFields() {
    MapDetectionContext context = MapDetectionContext.of(detector, Requests.mrz(DocumentType.PASSPORT, UPPER, LOWER));
    Finding finding = detector.detect(context);
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.detectorId()).isEqualTo("document.mrz");
    assertThat(finding.stage()).isEqualTo(Stage.DOCUMENT);
    assertThat(finding.evidence()).containsEntry("format", "TD3").containsEntry("expiry", "2030-04-15");
    DocumentFields fields = context.written(Keys.DOCUMENT_FIELDS).orElseThrow();
    assertThat(fields.fields()).containsEntry("documentNumber", "L898902C3").containsEntry("surname", "ERIKSSON")
        .containsEntry("givenNames", "ANNA MARIA").containsEntry("nationality", "UTO")
        .containsEntry("dateOfBirth", "1974-08-12").containsEntry("sex", "F").containsEntry("expiry", "2030-04-15")
        .containsEntry("issuer", "UTO").containsEntry("format", "TD3");
  }

  @Test
  void mergesTheValidatedIdNumberIntoTheDocumentFieldsAndProvidesItAloneWithoutAnMrz() {
    DocumentFields hk = new DocumentFields(Map.of(DocumentFields.DOCUMENT_TYPE, "HK_ID_CARD", DocumentFields.ID_NUMBER,
        "A1234563"));
    MapDetectionContext noMrz = MapDetectionContext.of(detector, Requests.idNumber(DocumentType.HK_ID_CARD, "A123456(3)"))
        .with(IdNumberFields.KEY, hk);
    assertThat(detector.detect(noMrz).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(noMrz.written(Keys.DOCUMENT_FIELDS).orElseThrow().fields()).isEqualTo(hk.fields());
    MapDetectionContext mrz = MapDetectionContext.of(detector, Requests.mrz(DocumentType.PASSPORT, UPPER, LOWER));
    detector.detect(mrz);
    assertThat(mrz.written(Keys.DOCUMENT_FIELDS).orElseThrow().fields())
        .containsEntry(DocumentFields.ID_NUMBER, "L898902C3").containsEntry(DocumentFields.DOCUMENT_TYPE, "PASSPORT");
    assertThat(detector.uses()).contains(IdNumberFields.KEY);
  }

  @Test
  void failsAnExpiredDocument() {
    MapDetectionContext context = MapDetectionContext.of(detector, Requests.mrz(null, UPPER,
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
    Finding finding = detector.detect(context);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_EXPIRED);
    assertThat(finding.reason().message()).contains("2012-04-15", "2025-06-15");
    assertThat(context.writes()).isEmpty();
  }

  @Test
  void failsABadCheckDigitNamingTheField() {
    String broken = LOWER.substring(0, 9) + (char) ('0' + (LOWER.charAt(9) - '0' + 1) % 10) + LOWER.substring(10);
    MapDetectionContext context = MapDetectionContext.of(detector, Requests.mrz(DocumentType.PASSPORT, UPPER, broken));
    Finding finding = detector.detect(context);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_MRZ_INVALID);
    assertThat(finding.reason().message()).contains("TD3", "document number check digit", "composite check digit");
    assertThat(finding.evidence()).containsEntry("failingFields", "doc,comp");
    assertThat(context.writes()).isEmpty();
  }

  @Test
  void failsMalformedLines() {
    Finding finding = detector.detect(MapDetectionContext.of(detector, Requests.mrz(null, UPPER, LOWER.substring(2))));
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_MRZ_INVALID);
    assertThat(finding.reason().message()).contains("got 2 lines of [44, 42] characters");
  }

  @Test
  void failsWhenTheZoneContradictsAClaimedField() {
    assertMismatch(claim().idNumber("L898902C4").build(), "ID number");
    assertMismatch(claim().dateOfBirth(LocalDate.of(1974, 8, 13)).build(), "date of birth");
    assertMismatch(claim().expiry(LocalDate.of(2031, 4, 15)).build(), "expiry");
    assertMismatch(claim().documentType(DocumentType.ID_CARD_TD1).build(),
        "ID_CARD_TD1 has a TD1 MRZ, the lines are TD3");
    assertMismatch(claim().documentType(DocumentType.HK_ID_CARD).build(), "HK_ID_CARD has no MRZ");
  }

  @Test
  void acceptsClaimedFieldsThatAgree() {
    for (String id : List.of("L898902C3", "l898-902 c3", "ZE184226B")) {
      Subject subject = claim().idNumber(id).dateOfBirth(LocalDate.of(1974, 8, 12))
          .expiry(LocalDate.of(2030, 4, 15)).build();
      assertThat(detector.detect(MapDetectionContext.of(detector, Requests.of(subject))).outcome()).as(id)
          .isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void withoutTheLanguageDataAnUnclaimedMrzIsNotSupportedAndNoMrzIsSkipped() {
    Finding passport = detector.detect(MapDetectionContext.of(detector, Requests.mrz(DocumentType.PASSPORT)));
    assertThat(passport.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
    assertThat(passport.reason().message()).contains("reading the MRZ from the document image needs",
        "eng language data");
    Finding unknown = detector.detect(MapDetectionContext.of(detector, Requests.mrz(null)));
    assertThat(unknown.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
    Finding hongKong = detector.detect(MapDetectionContext.of(detector, Requests.mrz(DocumentType.HK_ID_CARD)));
    assertThat(hongKong.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(hongKong.reason().message()).contains("HK_ID_CARD has no MRZ");
  }

  @Test
  void refusesANullContext() {
    assertThatNullPointerException().isThrownBy(() -> detector.detect(null));
  }

  private void assertMismatch(Subject subject, String named) {
    MapDetectionContext context = MapDetectionContext.of(detector, Requests.of(subject));
    Finding finding = detector.detect(context);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_FIELD_MISMATCH);
    assertThat(finding.reason().message()).contains(named);
    assertThat(context.writes()).isEmpty();
  }

  private static Subject.Builder claim() {
    return Subject.builder().mrzLines(List.of(UPPER, LOWER));
  }

  static VerificationRequest validPassportRequest() {
    return Requests.mrz(DocumentType.PASSPORT, UPPER, LOWER);
  }
}
