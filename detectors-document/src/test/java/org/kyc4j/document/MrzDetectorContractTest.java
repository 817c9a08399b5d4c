package org.kyc4j.document;

import java.util.List;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/** Runs the detector conformance suite on {@code document.mrz}. */
class MrzDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new MrzDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    String broken = ContractRequests.LOWER_VALID.replace("L898902C36", "L898902C37");
    return List.of(
        ContractRequests.mrz("mrz-valid", DocumentType.PASSPORT, ContractRequests.UPPER, ContractRequests.LOWER_VALID),
        ContractRequests.mrz("mrz-expired", null, ContractRequests.UPPER, ContractRequests.LOWER_EXPIRED),
        ContractRequests.mrz("mrz-bad-check-digit", DocumentType.PASSPORT, ContractRequests.UPPER, broken),
        ContractRequests.mrz("mrz-wrong-type", DocumentType.ID_CARD_TD1, ContractRequests.UPPER,
            ContractRequests.LOWER_VALID),
        ContractRequests.mrz("mrz-not-claimed", DocumentType.PASSPORT));
  }
}
