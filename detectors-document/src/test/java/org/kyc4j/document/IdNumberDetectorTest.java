package org.kyc4j.document;

import org.kyc4j.testing.MapDetectionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.EngineServices;
import org.kyc4j.spi.EngineSettings;

class IdNumberDetectorTest {
  private static final EngineSettings SETTINGS = new EngineSettings(Clock.systemUTC(), 0, Map.of(),
      EngineServices.NONE, IdNumberDetectorTest.class.getClassLoader());
  private final Detector detector = new IdNumberDetectorProvider().create(SETTINGS);

  @Test
  void passesAValidNumber() {
    Finding finding = run(detector, DocumentType.HK_ID_CARD, "A123456(3)");
    assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
    assertThat(finding.detectorId()).isEqualTo("document.id-number");
    assertThat(finding.evidence()).containsEntry("documentType", "HK_ID_CARD");
  }

  @Test
  void handsAValidNumberToTheDocumentFieldsAndAnInvalidOneNot() {
    MapDetectionContext valid = MapDetectionContext.of(detector, Requests.idNumber(DocumentType.HK_ID_CARD, "a123456 (3)"));
    assertThat(detector.detect(valid).outcome()).isEqualTo(Outcome.PASS);
    assertThat(valid.written(IdNumberFields.KEY).orElseThrow().fields())
        .containsExactly(Map.entry(DocumentFields.DOCUMENT_TYPE, "HK_ID_CARD"), Map.entry(DocumentFields.ID_NUMBER, "A1234563"),
            Map.entry(DocumentFields.ID_NUMBER_SOURCE, "claimed"));
    MapDetectionContext invalid = MapDetectionContext.of(detector, Requests.idNumber(DocumentType.HK_ID_CARD, "A123456(4)"));
    assertThat(detector.detect(invalid).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(invalid.written(IdNumberFields.KEY)).isEmpty();
  }

  @Test
  void failsAnInvalidNumberNamingTheBrokenRuleButNotTheNumber() {
    Finding finding = run(detector, DocumentType.SG_NRIC, "S1234567A");
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_ID_NUMBER_INVALID);
    assertThat(finding.reason().message()).contains("SG_NRIC", "check letter").doesNotContain("1234567", "S1", "67A");
    assertThat(run(detector, DocumentType.MY_MYKAD, "900101-17-5678").reason().message())
        .contains("place-of-birth code (digits 7-8)").doesNotContain("17", "900101", "5678");
  }

  @Test
  void masksTheNumberWhereAnAddedRuleRepeatsIt() {
    IdNumberRule echoing = new IdNumberRule() {
      @Override
      public String documentTypeCode() {
        return "XX_ECHO_CARD";
      }

      @Override
      public IdNumberCheck validate(String idNumber, java.time.LocalDate referenceDate) {
        return IdNumberCheck.failed("number " + idNumber + " (compact ZQ55512345) is wrong");
      }
    };
    Detector echo = new IdNumberDetector(IdNumberRules.of(List.of(echoing)));
    DocumentType type = DocumentType.of("XX_ECHO_CARD", "Echo card", MrzFormat.NONE, 1);
    String message = run(echo, type, "zq-555 123.45").reason().message();
    assertThat(message).doesNotContain("zq-555 123.45", "ZQ55512345").contains("number zq***45", "compact ZQ***45");
  }

  @Test
  void skipsWithAReasonWhenThereIsNothingToCheck() {
    assertSkipped(run(detector, null, "A123456(3)"), "no document type");
    assertSkipped(run(detector, DocumentType.PASSPORT, "L898902C3"), "checked by document.mrz");
    assertSkipped(run(detector, DocumentType.HK_ID_CARD, null), "no ID number was claimed");
    DocumentType unknown = DocumentType.of("XX_OTHER_CARD", "Other card", MrzFormat.NONE, 1);
    assertSkipped(run(detector, unknown, "123"), "no ID number rule is installed for document type XX_OTHER_CARD");
  }

  @Test
  void usesRulesRegisteredByHandOrDiscovered() {
    DocumentType testCard = DocumentType.of("XX_TEST_CARD", "Test card", MrzFormat.NONE, 1);
    Detector byHand = new IdNumberDetectorProvider(IdNumberRules.of(List.of(new EvenDigitsTestRule())))
        .create(SETTINGS);
    assertThat(run(byHand, testCard, "1235").reason().message()).contains("the digit sum is odd");
    assertThat(run(byHand, testCard, "1234").outcome()).isEqualTo(Outcome.PASS);
    assertThat(run(detector, testCard, "1234").outcome()).as("discovered through ServiceLoader")
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void discoversNoRulesWhenTheEngineDiscoversNothing() {
    DocumentType testCard = DocumentType.of("XX_TEST_CARD", "Test card", MrzFormat.NONE, 1);
    Detector undiscovered = new IdNumberDetectorProvider().create(new EngineSettings(Clock.systemUTC(), 0, Map.of()));
    assertSkipped(run(undiscovered, testCard, "1234"), "no ID number rule is installed for document type XX_TEST_CARD");
    assertThat(run(undiscovered, DocumentType.HK_ID_CARD, "A123456(3)").outcome()).as("built-in rules stay")
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void refusesANullContext() {
    assertThatNullPointerException().isThrownBy(() -> detector.detect(null));
  }

  private static Finding run(Detector detector, DocumentType type, String idNumber) {
    return detector.detect(MapDetectionContext.of(detector, Requests.of(Subject.builder().documentType(type)
        .idNumber(idNumber).build())));
  }

  private static void assertSkipped(Finding finding, String because) {
    assertThat(finding.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.CHECK_SKIPPED);
    assertThat(finding.reason().message()).contains(because);
  }
}
