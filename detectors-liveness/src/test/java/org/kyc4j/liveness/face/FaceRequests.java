package org.kyc4j.liveness.face;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testing.TestImages;

/**
 * Test helper: verification requests for the face detectors. Checks other than face match are
 * CLOSED (liveness, document anti-spoofing, risk) so the face findings alone decide. The LFW pairs:
 * SAME is two photos of the first mated identity; the different-person pairs were picked, from the
 * first eight mated identities, as ones whose similarity is clearly below every level's threshold.
 */
final class FaceRequests {
  static final Instant REQUESTED_AT = Instant.parse("2025-03-01T10:15:30Z");
  /** Different people whose first photos score far below the LOOSE threshold. */
  static final List<String[]> DIFFERENT = List.of(new String[] {"Allyson_Felix", "Bob_Hope"},
      new String[] {"Boris_Becker", "Carrie-Anne_Moss"});
  private static final Duration INTERVAL = Duration.ofMillis(33);

  private FaceRequests() {}

  /** A FACE_CAPTURE request with liveness CLOSED. */
  static VerificationRequest capture(String id, List<byte[]> frames) {
    ProductConfig config = ProductConfig.builder().liveness(Level.CLOSED).build();
    return withFrames(VerificationRequest.builder(id, Product.FACE_CAPTURE).config(config), frames).build();
  }

  /** A REAL_ID request with one selfie frame and a front page; only face match runs of the checks. */
  static VerificationRequest realId(String id, byte[] selfie, byte[] front) {
    ProductConfig config = ProductConfig.builder().liveness(Level.CLOSED).documentAntiSpoof(Level.CLOSED)
        .risk(Level.CLOSED).build();
    return withFrames(VerificationRequest.builder(id, Product.REAL_ID).config(config), List.of(selfie))
        .document(new DocumentImage(Page.FRONT, front, REQUESTED_AT.minusSeconds(30))).build();
  }

  /** A FACE_COMPARE request of image a against image b, face match at STANDARD. */
  static VerificationRequest compare(String id, byte[] a, byte[] b) {
    return VerificationRequest.builder(id, Product.FACE_COMPARE).compare(a, b).requestedAt(REQUESTED_AT).build();
  }

  /**
   * The contract requests: with the LFW photos, passing and failing cases for every product a face
   * detector runs for; without them, synthetic images only (no face anywhere).
   */
  static List<VerificationRequest> contractSet() {
    byte[] gradient = TestImages.jpeg(TestImages.gradient(320, 240));
    byte[] grey = TestImages.jpeg(LfwFaces.uniform(320, 240, 128));
    byte[] blankCard = TestImages.jpeg(LfwFaces.card(null));
    List<VerificationRequest> requests = new ArrayList<>(List.of(
        capture("capture-no-face", List.of(gradient, grey)),
        realId("real-id-no-face-no-portrait", gradient, blankCard),
        compare("compare-no-faces", gradient, grey)));
    if (!LfwFaces.available()) {
      System.out.println("FaceRequests: LFW photos absent; the contract runs on synthetic images only");
      return requests;
    }
    var same = LfwFaces.matedIdentities().get(0);
    var a1 = LfwFaces.read(same.get(0));
    var a2 = LfwFaces.read(same.get(1));
    var other = LfwFaces.read(LfwFaces.photos(DIFFERENT.get(0)[0]).get(0));
    byte[] a1Jpeg = TestImages.jpeg(a1);
    byte[] otherJpeg = TestImages.jpeg(other);
    requests.addAll(List.of(
        capture("capture-one-face", List.of(a1Jpeg, TestImages.jpeg(a2))),
        capture("capture-two-faces", List.of(TestImages.jpeg(LfwFaces.sideBySide(a1, other, 250)))),
        capture("capture-tiny-face", List.of(TestImages.jpeg(LfwFaces.centred(a1, 640, 480, 56)))),
        realId("real-id-same", a1Jpeg, TestImages.jpeg(LfwFaces.card(a2))),
        realId("real-id-other", otherJpeg, TestImages.jpeg(LfwFaces.card(a2))),
        realId("real-id-no-portrait", a1Jpeg, blankCard),
        compare("compare-same", a1Jpeg, TestImages.jpeg(a2)),
        compare("compare-other", a1Jpeg, otherJpeg),
        compare("compare-grey-b", a1Jpeg, grey),
        compare("compare-no-face-a", gradient, a1Jpeg)));
    return requests;
  }

  private static VerificationRequest.Builder withFrames(VerificationRequest.Builder builder, List<byte[]> frames) {
    builder.requestedAt(REQUESTED_AT);
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), REQUESTED_AT.minusSeconds(1)
          .minus(INTERVAL.multipliedBy(frames.size() - 1 - i))));
    }
    return builder;
  }
}
