package org.kyc4j.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;

/** Builds ID_RECOGNITION requests for detector unit tests. */
final class Requests {
  /** The request time of every test request: 2025-06-15T12:00:00Z. */
  static final Instant AT = Instant.parse("2025-06-15T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final byte[] PLACEHOLDER = {1};

  private Requests() {}

  /** Returns a request for a subject; the front photo is a placeholder (tests put decoded images on the board). */
  static VerificationRequest of(Subject subject) {
    return VerificationRequest.builder("tx-1", Product.ID_RECOGNITION)
        .subject(subject)
        .document(new DocumentImage(Page.FRONT, PLACEHOLDER, AT))
        .requestedAt(AT)
        .build();
  }

  /** Returns a request whose subject claims only MRZ lines and, if not null, a document type. */
  static VerificationRequest mrz(DocumentType type, String... lines) {
    return of(Subject.builder().documentType(type).mrzLines(List.of(lines)).build());
  }

  /** Returns a request whose subject claims a document type and an ID number. */
  static VerificationRequest idNumber(DocumentType type, String idNumber) {
    return of(Subject.builder().documentType(type).idNumber(idNumber).build());
  }
}
