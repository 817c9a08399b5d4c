package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.models.ModelUnavailableException;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.testing.TestImages;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;

/**
 * FaceRecognizer on a real LFW photo (one face, a 128-value embedding, 468 landmarks inside the
 * image), on a face-free gradient, and its close contract. One recognizer serves the whole class.
 */
class FaceRecognizerTest {
  private static FaceRecognizer recognizer;

  @BeforeAll
  static void open() {
    recognizer = FaceRecognizer.open();
  }

  @AfterAll
  static void close() {
    recognizer.close();
  }

  @Test
  void aCachingRecognizerReadsEqualPixelsOnceAndKeepsOnlyTheLastReadings() {
    LfwFaces.assumeAvailable();
    try (FaceRecognizer caching = FaceRecognizer.open(1)) {
      RgbImage first = rgb(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0)));
      RgbImage again = rgb(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(0)));
      RgbImage other = rgb(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(1)));
      FaceReading reading = caching.read(first);
      assertThat(caching.read(again)).as("same pixels, another image object").isSameAs(reading);
      FaceReading otherReading = caching.read(other);
      assertThat(otherReading).isNotSameAs(reading);
      assertThat(caching.read(first)).as("evicted by the other image").isNotSameAs(reading);
      assertThat(caching.read(first).embedding()).isEqualTo(recognizer.read(first).embedding());
    }
    assertThatThrownBy(() -> FaceRecognizer.open(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cachedReadings -1");
  }

  @Test
  void readsOneFaceWithEmbeddingAndLandmarksInsideTheImage() {
    LfwFaces.assumeAvailable();
    Path photo = LfwFaces.matedIdentities().get(0).get(0);
    RgbImage image = rgb(LfwFaces.read(photo));

    FaceReading reading = recognizer.read(image);

    assertThat(reading.verdict()).as("verdict on %s (%s)", photo, reading).isEqualTo(FaceVerdict.ONE);
    assertThat(reading.faceCount()).isEqualTo(1);
    FaceEmbedding embedding = reading.embedding().orElseThrow();
    assertThat(embedding.model()).isEqualTo(FaceMatchPolicy.MODEL);
    assertThat(embedding.dimension()).isEqualTo(128);
    assertThat(reading.descriptor()).hasSize(128);
    assertThat(reading.mirroredDescriptor()).hasSize(128);
    FaceLandmarks landmarks = reading.landmarks().orElseThrow();
    assertThat(landmarks.xyz()).hasSize(FaceLandmarks.COUNT * 3);
    assertThat(FaceLandmarks.COUNT).isEqualTo(468);
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      assertThat(landmarks.x(i)).as("x of landmark %d", i).isBetween(0.0, (double) image.width());
      assertThat(landmarks.y(i)).as("y of landmark %d", i).isBetween(0.0, (double) image.height());
    }
  }

  @Test
  void locateGivesNoDescriptorAndDescribeAddsIt() {
    LfwFaces.assumeAvailable();
    RgbImage image = rgb(LfwFaces.read(LfwFaces.matedIdentities().get(0).get(1)));

    FaceReading located = recognizer.locate(image);
    FaceReading described = recognizer.describe(image, located);

    assertThat(located.embedding()).isEmpty();
    assertThat(described.embedding()).isPresent();
    assertThat(described.embedding().get().values()).containsExactly(recognizer.read(image).embedding().get().values());
  }

  @Test
  void gradientHasNoFaceAndNoEmbedding() {
    FaceReading reading = recognizer.read(rgb(TestImages.gradient(320, 240)));

    assertThat(reading.verdict()).isEqualTo(FaceVerdict.NONE);
    assertThat(reading.faces()).isEmpty();
    assertThat(reading.landmarks()).isEmpty();
    assertThat(reading.embedding()).isEmpty();
    assertThat(reading.summary()).isEqualTo("no face");
  }

  @Test
  void closingTwiceIsFineAndUseAfterCloseThrows() {
    FaceRecognizer own;
    try {
      own = FaceRecognizer.open();
    } catch (ModelUnavailableException e) {
      throw new AssertionError("the models should load", e);
    }
    RgbImage image = rgb(TestImages.gradient(64, 64));
    own.close();
    own.close();

    assertThatThrownBy(() -> own.read(image)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> own.locate(image)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nullImageIsRejected() {
    assertThatThrownBy(() -> recognizer.read(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> recognizer.locate(null)).isInstanceOf(NullPointerException.class);
  }

  static RgbImage rgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    return RgbImage.of(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }
}
