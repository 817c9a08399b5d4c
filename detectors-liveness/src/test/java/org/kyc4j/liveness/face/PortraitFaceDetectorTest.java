package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.CardFormat;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.MapDetectionContext;
import org.kyc4j.testing.TestImages;

/** face.portrait shares what it found on the document front as dependency-free values on the board. */
class PortraitFaceDetectorTest {
  @Test
  void thePortraitsBoxLandmarksAndGeometryGoOnTheBoard() throws IOException {
    LfwFaces.assumeAvailable();
    byte[] card = TestImages.jpeg(LfwFaces.card(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(1))));
    byte[] selfie = LfwFaces.jpeg(LfwFaces.matedIdentities().get(0).get(0));
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      PortraitFaceDetector detector = new PortraitFaceDetector(recognizer);
      RgbImage front = FaceRecognizerTest.rgb(ImageIO.read(new ByteArrayInputStream(card)));
      MapDetectionContext context = MapDetectionContext.of(detector, FaceRequests.realId("portrait", selfie, card))
          .with(Keys.IMAGES, new DecodedImages(Map.of(Page.FRONT, front), List.of()));

      assertThat(detector.detect(context).outcome()).isEqualTo(Outcome.PASS);
      FrameFaces faces = context.written(Keys.PORTRAIT_FACES).orElseThrow();
      assertThat(faces.verdict()).isIn(FaceVerdict.ONE, FaceVerdict.MULTIPLE);
      assertThat(faces.subject()).isPresent();
      assertThat(faces.landmarks()).isPresent();
      assertThat(faces.geometry()).isPresent();
      assertThat(faces).isEqualTo(recognizer.read(front).frame());
    }
  }

  @Test
  void thePortraitIsLookedForOnTheRectifiedCardFirstAndOnTheWholePhotoWhenTheCardShowsNone() throws IOException {
    LfwFaces.assumeAvailable();
    byte[] card = TestImages.jpeg(LfwFaces.card(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(1))));
    byte[] selfie = LfwFaces.jpeg(LfwFaces.matedIdentities().get(0).get(0));
    RgbImage cardImage = FaceRecognizerTest.rgb(ImageIO.read(new ByteArrayInputStream(card)));
    RgbImage blank = TestImages.rgb(TestImages.gradient(cardImage.width(), cardImage.height()));
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      PortraitFaceDetector detector = new PortraitFaceDetector(recognizer);
      assertThat(detector.uses()).contains(Keys.DOCUMENT_CARDS);
      Finding onCard = detector.detect(withCard(detector, selfie, card, blank, cardImage));
      assertThat(onCard.outcome()).isEqualTo(Outcome.PASS);
      assertThat(onCard.evidence()).containsEntry("portraitSource", "rectified card");

      Finding fallback = detector.detect(withCard(detector, selfie, card, cardImage, blank));
      assertThat(fallback.outcome()).isEqualTo(Outcome.PASS);
      assertThat(fallback.evidence().get("portraitSource")).startsWith("whole photo (no usable face");

      Finding none = detector.detect(withCard(detector, selfie, card, blank, blank));
      assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  private static MapDetectionContext withCard(PortraitFaceDetector detector, byte[] selfie, byte[] card, RgbImage page,
      RgbImage rectified) {
    DocumentCard located = new DocumentCard(Page.FRONT, CardFormat.ID1, DocumentQuad.of(0, 0, 10, 0, 10, 6, 0, 6),
        rectified, 0.9, "test");
    return MapDetectionContext.of(detector, FaceRequests.realId("portrait-card", selfie, card))
        .with(Keys.IMAGES, new DecodedImages(Map.of(Page.FRONT, page), List.of()))
        .with(Keys.DOCUMENT_CARDS, new DocumentCards(Map.of(Page.FRONT, located)));
  }
}
