package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;
import org.kyc4j.testing.TestImages;

/** Runs the detector conformance suite on {@code document.id-number}. */
class IdNumberDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new IdNumberDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    return List.of(
        claim("id-hk-valid", DocumentType.HK_ID_CARD, "A123456(3)"),
        claim("id-hk-invalid", DocumentType.HK_ID_CARD, "A123456(4)"),
        claim("id-sg-invalid", DocumentType.SG_NRIC, "S1234567A"),
        claim("id-cn-valid", DocumentType.CN_RESIDENT_ID, "11010519491231002X"),
        claim("id-passport", DocumentType.PASSPORT, "L898902C3"),
        claim("id-none", DocumentType.MY_MYKAD, null));
  }

  private static VerificationRequest claim(String transactionId, DocumentType type, String idNumber) {
    return ContractRequests.request(transactionId, Subject.builder().documentType(type).idNumber(idNumber).build(),
        TestImages.png(TestImages.noise(64, 40, 7)));
  }
}
