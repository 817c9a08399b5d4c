package org.kyc4j.idn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineServices;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.spi.ServiceKey;
import org.kyc4j.idn.testing.SyntheticFaces;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on the IDN detector over a pre-filled network, with
 * requests that pass, that raise a fake ID (with and without a face), and that the mode skips. The
 * requests share nothing with each other, so recording one never changes another's finding.
 */
class IdnDetectorContractTest extends DetectorContract {
  private final SyntheticFaces faces = new SyntheticFaces(128, 2024);
  private final float[] known = faces.identity();
  private final LiteIdentityNetwork network = LiteIdentityNetwork.builder().exactFaceSearch().build();
  private final Applicants applicants = new Applicants();

  IdnDetectorContractTest() {
    Instant earlier = Instant.parse("2024-12-20T00:00:00Z");
    network.add(Rec.of("earlier-1").user("eve").id(null, "E1").person("Eve Early", Plants.DOB).face(known)
        .at(earlier).build());
    network.add(Rec.of("earlier-2").user("ned").id(null, "N1").person("Ned Nobody", Plants.DOB).at(earlier).build());
  }

  @Override
  protected DetectorProvider provider() {
    return new DetectorProvider() {
      @Override
      public String id() {
        return "idn.identity-network";
      }

      @Override
      public Detector create(EngineSettings settings) {
        EngineServices withNetwork = new EngineServices() {
          @Override
          public <T> T get(ServiceKey<T> key) {
            return find(key).orElseGet(() -> settings.service(key));
          }

          @Override
          public <T> Optional<T> find(ServiceKey<T> key) {
            return key.equals(IdentityNetwork.SERVICE) ? Optional.of(key.cast(network)) : settings.findService(key);
          }
        };
        return new IdnDetectorProvider().create(new EngineSettings(settings.clock(), settings.seed(),
            settings.properties(), withNetwork, settings.discoveryLoader()));
      }
    };
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(applicants.provider());
  }

  @Override
  protected List<VerificationRequest> requests() {
    applicants.see("contract-clean", new Applicants.Seen(faces.identity(known, 0.88), IdnEngineTest.FACE_BOX, null));
    applicants.see("contract-fake", new Applicants.Seen(faces.capture(known), IdnEngineTest.FACE_BOX, null));
    applicants.see("contract-read", new Applicants.Seen(faces.identity(known, 0.88), IdnEngineTest.FACE_BOX,
        Map.of("documentNumber", "E-1", "surname", "OTHER", "givenNames", "ONE", "dateOfBirth", "1970-01-01")));
    return List.of(
        request("contract-clean", Subject.builder().userId("c").idNumber("C1").build(), Rooms.jpeg(-60), false),
        request("contract-fake", Subject.builder().userId("f").idNumber("F1").build(), Rooms.jpeg(-20), false),
        request("contract-read", Subject.builder().userId("r").idNumber("R1").build(), Rooms.jpeg(20), false),
        request("contract-no-face", IdnEngineTest.subject("n", "N1", "Nora None"), Rooms.jpeg(60), false),
        request("contract-closed", Subject.builder().userId("x").idNumber("E1").build(), Rooms.jpeg(100), true));
  }

  private static VerificationRequest request(String id, Subject subject, byte[] frame, boolean idnClosed) {
    return IdnEngineTest.request(id, subject, IdnEngineTest.RISK_ONLY.toBuilder()
        .operationMode(idnClosed ? OperationMode.STANDARD_IDN_CLOSED : OperationMode.STANDARD).build(), frame);
  }
}
