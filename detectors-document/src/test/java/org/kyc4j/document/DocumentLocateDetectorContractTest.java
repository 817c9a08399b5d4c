package org.kyc4j.document;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;

/** Runs the detector conformance suite on {@code document.locate}: a card on clutter, a tight scan, clutter alone. */
class DocumentLocateDetectorContractTest extends DetectorContract {
  @Override
  protected DetectorProvider provider() {
    return new DocumentLocateDetectorProvider();
  }

  @Override
  protected List<VerificationRequest> requests() {
    BufferedImage scene = CardScenes.background(1200, 900, new Random(7));
    scene.createGraphics().drawImage(CardScenes.card(new Random(8)), 170, 180, null);
    return List.of(
        ContractRequests.photo("locate-scene", scene),
        ContractRequests.photo("locate-scan", ContractRequests.card(800, 500)),
        ContractRequests.photo("locate-clutter", CardScenes.background(1200, 900, new Random(9))));
  }
}
