package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

/**
 * {@link IrisEyes}: the eyelid ratio's arithmetic on made-up contours, and on real LFW dev photos that
 * the two eyes are cut and oriented alike: a photo and its mirror image read the same two values with
 * the eyes swapped, and the iris ratio stands beside the mesh's on open eyes.
 */
class IrisEyesTest {
  private static FaceRecognizer recognizer;

  @BeforeAll
  static void open() {
    LfwFaces.assumeAvailable();
    recognizer = FaceRecognizer.open();
  }

  @AfterAll
  static void close() {
    if (recognizer != null) {
      recognizer.close();
    }
  }

  @Test
  void opennessIsTheMeanLidGapOverTheCornerDistance() {
    float[] points = new float[76 * 3];
    put(points, IrisEyes.OUTER, 10, 32);
    put(points, IrisEyes.INNER, 50, 32);
    int[] gaps = {8, 12, 10};
    for (int i = 0; i < IrisEyes.LID_PAIRS.length; i++) {
      put(points, IrisEyes.LID_PAIRS[i][0], 25 + i * 5, 32 - gaps[i] / 2f);
      put(points, IrisEyes.LID_PAIRS[i][1], 25 + i * 5, 32 + gaps[i] / 2f);
    }
    assertThat(IrisEyes.openness(points)).isCloseTo(10.0 / 40, within(1e-9));
    assertThat(IrisEyes.openness(new float[76 * 3])).isZero();
  }

  @Test
  void aMirroredPhotoReadsTheSameEyesSwapped() {
    List<Path> photos = LfwFaces.matedIdentities().stream().map(p -> p.get(0)).limit(12).toList();
    int read = 0;
    for (Path file : photos) {
      RgbImage image = TestImages.rgb(LfwFaces.read(file));
      FaceReading plain = recognizer.locate(image);
      FaceReading mirrored = recognizer.locate(mirror(image));
      if (plain.eyes() == null || mirrored.eyes() == null) {
        continue;
      }
      read++;
      assertThat(mirrored.eyes().left()).as("%s: left eye of the mirror, right eye of the photo", file)
          .isCloseTo(plain.eyes().right(), within(0.04));
      assertThat(mirrored.eyes().right()).as("%s: right eye of the mirror, left eye of the photo", file)
          .isCloseTo(plain.eyes().left(), within(0.04));
      assertThat(plain.geometry().orElseThrow().rightEyeAspect()).isEqualTo(plain.eyes().right());
      assertThat(plain.eyes().right()).as("%s: an open eye", file).isBetween(0.15, 0.55);
    }
    assertThat(read).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aCapturesEyesReadInOneBatchReadAsEachFaceAlone() {
    List<RgbImage> images = LfwFaces.matedIdentities().stream().map(p -> TestImages.rgb(LfwFaces.read(p.get(0)))).limit(6)
        .toList();
    List<FaceReading> located = images.stream().map(i -> recognizer.locate(i, false)).toList();
    List<FaceReading> batched = recognizer.withEyes(images, located);
    int compared = 0;
    for (int i = 0; i < images.size(); i++) {
      if (located.get(i).landmarks().isEmpty()) {
        assertThat(batched.get(i)).isSameAs(located.get(i));
        continue;
      }
      IrisEyes.Openness alone = recognizer.locate(images.get(i)).eyes();
      assertThat(batched.get(i).eyes().right()).as("face %d, right eye", i).isCloseTo(alone.right(), within(1e-4));
      assertThat(batched.get(i).eyes().left()).as("face %d, left eye", i).isCloseTo(alone.left(), within(1e-4));
      assertThat(batched.get(i).geometry().orElseThrow().rightEyeAspect()).isEqualTo(batched.get(i).eyes().right());
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(5);
  }

  private static void put(float[] points, int i, float x, float y) {
    points[3 * i] = x;
    points[3 * i + 1] = y;
  }

  private static RgbImage mirror(RgbImage image) {
    int w = image.width();
    int[] pixels = image.copyPixels();
    int[] out = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      out[i] = pixels[(i / w) * w + (w - 1 - i % w)];
    }
    return RgbImage.adopt(w, image.height(), out);
  }
}
