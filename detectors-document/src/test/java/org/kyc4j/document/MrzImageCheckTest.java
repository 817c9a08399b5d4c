package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.document.internal.TessData;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;

/** {@code document.mrz} reading the zone from a rendered page when the subject claims no lines. */
class MrzImageCheckTest {
  private static final String UPPER = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String LOWER = MrzTest.withTd3Checks("L898902C3<UTO7408122F300415<ZE184226B<<<<<<<");
  private static final Instant BEFORE_EXPIRY = Instant.parse("2026-12-01T00:00:00Z");
  private static MrzDetector detector;

  @BeforeAll
  static void createDetector() {
    detector = new MrzDetector(new MrzImageReader(TessData.unpack().orElseThrow()), "-");
  }

  @AfterAll
  static void closeDetector() {
    detector.close();
  }

  @Test
  void readsTheZoneFromTheImageAndWritesTheSharedFields() {
    MapDetectionContext context = context(Subject.builder().documentType(DocumentType.PASSPORT).build(),
        MrzImages.page(List.of(UPPER, LOWER)), BEFORE_EXPIRY);
    Finding finding = detector.detect(context);
    assertThat(finding.outcome()).as(finding.toString()).isEqualTo(Outcome.PASS);
    assertThat(finding.evidence()).containsEntry("source", "image").containsEntry("format", "TD3");
    Map<String, String> fields = context.written(Keys.DOCUMENT_FIELDS).orElseThrow().fields();
    assertThat(fields).containsEntry(DocumentFields.DOCUMENT_NUMBER, "L898902C3")
        .containsEntry(DocumentFields.ID_NUMBER, "L898902C3")
        .containsEntry(DocumentFields.DATE_OF_BIRTH, "1974-08-12")
        .containsEntry(DocumentFields.MRZ_LINES, UPPER + "|" + LOWER);
  }

  @Test
  void anExpiredDocumentFailsByTheEngineClock() {
    Finding finding = detector.detect(context(Subject.builder().build(), MrzImages.page(List.of(UPPER, LOWER)),
        Instant.parse("2031-01-01T00:00:00Z")));
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_EXPIRED);
  }

  @Test
  void claimedFieldsThatDifferFromTheReadOnesMismatch() {
    Subject subject = Subject.builder().name("Anna Maria Andersson").dateOfBirth(LocalDate.of(1974, 8, 13)).build();
    Finding finding = detector.detect(context(subject, MrzImages.page(List.of(UPPER, LOWER)), BEFORE_EXPIRY));
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_FIELD_MISMATCH);
    assertThat(finding.evidence().get("mismatchedFields")).contains("date of birth", "name");
  }

  @Test
  void aWrongCheckDigitInTheImageIsInvalidNotCorrected() {
    String broken = LOWER.substring(0, 19) + (char) ('0' + (LOWER.charAt(19) - '0' + 1) % 10) + LOWER.substring(20);
    Finding finding = detector.detect(context(Subject.builder().build(), MrzImages.page(List.of(UPPER, broken)),
        BEFORE_EXPIRY));
    assertThat(finding.reason().code()).isIn(ReasonCode.DOC_MRZ_INVALID, ReasonCode.DOC_MRZ_UNREADABLE);
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aPageWithoutAZoneIsUnreadable() {
    Finding finding = detector.detect(context(Subject.builder().build(), MrzImages.blank(), BEFORE_EXPIRY));
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.DOC_MRZ_UNREADABLE);
  }

  private static MapDetectionContext context(Subject subject, RgbImage page, Instant now) {
    VerificationRequest request = Requests.of(subject);
    return new MapDetectionContext(detector, request, Level.STANDARD, now)
        .with(Keys.IMAGES, new DecodedImages(Map.of(Page.FRONT, page), List.of()));
  }
}
