package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.testing.TestImages;

/**
 * The face detectors in a real engine (discovery off, the face providers) on bad and edge
 * inputs: no face, a grey image, two faces, a tiny face, a huge image, and FACE_COMPARE of the same
 * and of different LFW people. One engine serves the whole class.
 */
class FaceBadInputTest {
  private static Kyc4j engine;

  @BeforeAll
  static void build() {
    engine = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider())
        .addProvider(new FacePortraitProvider()).addProvider(new FaceMatchProvider())
        .addProvider(new FaceCompareReaderProvider.A()).addProvider(new FaceCompareReaderProvider.B())
        .addProvider(new FaceCompareProvider()).build();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void gradientHasNoFace() {
    Decision decision = verify(FaceRequests.capture("gradient", List.of(TestImages.jpeg(TestImages.gradient(640, 480)))));

    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(codes(decision)).containsExactly(ReasonCode.NO_FACE);
  }

  @Test
  void uniformGreyHasNoFace() {
    Decision decision = verify(FaceRequests.capture("grey", List.of(TestImages.jpeg(LfwFaces.uniform(640, 480, 128)))));

    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(codes(decision)).containsExactly(ReasonCode.NO_FACE);
  }

  @Test
  void twoPeopleSideBySideAreMultipleFaces() {
    LfwFaces.assumeAvailable();
    BufferedImage a = LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0));
    BufferedImage b = LfwFaces.read(LfwFaces.matedIdentities().get(1).get(0));
    byte[] both = TestImages.jpeg(LfwFaces.sideBySide(a, b, 250));

    Decision decision = verify(FaceRequests.capture("two-faces", List.of(both)));

    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(codes(decision)).containsExactly(ReasonCode.MULTIPLE_FACES);
  }

  @Test
  void tinyFaceIsTooSmallOrNotFound() {
    LfwFaces.assumeAvailable();
    BufferedImage photo = LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0));
    // the face fills about 40% of an LFW crop: a 64 px photo holds a face of about 24 px
    byte[] tiny = TestImages.jpeg(LfwFaces.centred(photo, 640, 480, 64));

    Decision decision = verify(FaceRequests.capture("tiny-face", List.of(tiny)));

    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(codes(decision)).hasSize(1);
    assertThat(codes(decision).get(0)).isIn(ReasonCode.FACE_TOO_SMALL, ReasonCode.NO_FACE);
  }

  @Test
  void hugeImageWithALargeFaceIsDecidedWithoutError() {
    LfwFaces.assumeAvailable();
    BufferedImage photo = LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0));
    byte[] huge = TestImages.jpeg(LfwFaces.centred(photo, 4000, 3000, 1600));

    Decision decision = verify(FaceRequests.capture("huge", List.of(huge)));

    assertThat(finding(decision, SelfieFaceDetector.ID).outcome()).as("face.selfie on 4000x3000")
        .isIn(Outcome.PASS, Outcome.FAIL);
  }

  @Test
  void aFoundFaceIsCroppedIntoTheArtefacts() {
    LfwFaces.assumeAvailable();
    byte[] frame = TestImages.jpeg(LfwFaces.centred(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0)), 640, 480, 300));

    Decision decision = verify(FaceRequests.capture("cropped", List.of(frame)));

    assertThat(finding(decision, SelfieFaceDetector.ID).outcome()).isEqualTo(Outcome.PASS);
    var cropped = decision.artefacts().findCroppedFace().orElseThrow();
    assertThat(cropped.mediaType()).isEqualTo("image/jpeg");
    assertThat(cropped.width()).isBetween(150, 480);
    assertThat(cropped.height()).isEqualTo(cropped.width());
  }

  @Test
  void samePersonMatches() {
    LfwFaces.assumeAvailable();
    var photos = LfwFaces.matedIdentities().get(0);

    Decision decision = verify(FaceRequests.compare("same", LfwFaces.jpeg(photos.get(0)), LfwFaces.jpeg(photos.get(1))));

    assertThat(decision.status()).as("reasons %s", decision.reasons()).isEqualTo(Decision.Status.SUCCESS);
    Finding match = finding(decision, FaceMatchDetector.COMPARE_ID);
    assertThat(match.outcome()).isEqualTo(Outcome.PASS);
    assertThat(match.score()).isGreaterThanOrEqualTo(FaceMatchPolicy.THRESHOLDS.at(Level.STANDARD));
  }

  @Test
  void differentPeopleGoToReviewWithFaceMismatch() {
    LfwFaces.assumeAvailable();
    for (String[] pair : FaceRequests.DIFFERENT) {
      byte[] a = LfwFaces.jpeg(LfwFaces.photos(pair[0]).get(0));
      byte[] b = LfwFaces.jpeg(LfwFaces.photos(pair[1]).get(0));

      Decision decision = verify(FaceRequests.compare(pair[0] + "-vs-" + pair[1], a, b));

      assertThat(decision.status()).as("%s vs %s", pair[0], pair[1]).isEqualTo(Decision.Status.PENDING);
      assertThat(codes(decision)).as("%s vs %s", pair[0], pair[1]).containsExactly(ReasonCode.FACE_MISMATCH);
      Finding match = finding(decision, FaceMatchDetector.COMPARE_ID);
      assertThat(match.score()).isLessThan(match.threshold());
    }
  }

  @Test
  void greySecondImageHasNoFace() {
    LfwFaces.assumeAvailable();
    byte[] a = LfwFaces.jpeg(LfwFaces.matedIdentities().get(0).get(0));
    byte[] grey = TestImages.jpeg(LfwFaces.uniform(640, 480, 128));

    Decision decision = verify(FaceRequests.compare("grey-b", a, grey));

    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.reasons()).extracting(Reason::code, Reason::detectorId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.NO_FACE, FaceCompareDetector.id(CompareImage.Side.B)));
    assertThat(finding(decision, FaceMatchDetector.COMPARE_ID).outcome()).isNotEqualTo(Outcome.PASS);
  }

  /** Verifies and checks that no finding is an ERROR. */
  private static Decision verify(VerificationRequest request) {
    Decision decision = engine.verify(request);
    assertThat(decision.findings()).as("findings of %s", request.transactionId())
        .noneMatch(f -> f.outcome() == Outcome.ERROR);
    return decision;
  }

  private static List<ReasonCode> codes(Decision decision) {
    return decision.reasons().stream().map(Reason::code).toList();
  }

  private static Finding finding(Decision decision, String detectorId) {
    return decision.findings().stream().filter(f -> f.detectorId().equals(detectorId)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding of " + detectorId + " in " + decision.findings()));
  }
}
