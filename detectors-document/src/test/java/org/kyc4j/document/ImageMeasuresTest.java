package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.GlareBlobs;
import org.kyc4j.document.internal.Plane;
import org.kyc4j.document.internal.Sharpness;
import org.kyc4j.document.internal.Tones;

/** The measurements behind the quality detectors, on images whose answer is known. */
class ImageMeasuresTest {
  @Test
  void areaAveragingKeepsMeansAndShrinksToTheLongSide() {
    int[] pixels = new int[8 * 4];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = SyntheticPages.grey((i % 8) / 2 % 2 == 0 ? 0 : 200);
    }
    Plane plane = Plane.of(RgbImage.of(8, 4, pixels), Plane.Channel.LUMA, 4);
    assertThat(plane.width()).isEqualTo(4);
    assertThat(plane.height()).isEqualTo(2);
    assertThat(plane.get(0, 0)).isCloseTo(0f, within(0.01f));
    assertThat(plane.get(1, 1)).isCloseTo(200f, within(0.01f));
    Plane third = Plane.of(RgbImage.of(8, 4, pixels), Plane.Channel.LUMA, 3);
    assertThat(third.width()).isEqualTo(3);
    assertThat(third.get(0, 0)).as("covers 2 black and 2/3 white columns").isCloseTo(50f, within(0.01f));
  }

  @Test
  void smallImagesKeepTheirSizeUnlessEnlarged() {
    RgbImage image = SyntheticPages.flat(30, 20, 100);
    Plane plane = Plane.of(image, Plane.Channel.LUMA, 640);
    assertThat(plane.width()).isEqualTo(30);
    Plane enlarged = plane.enlargedTo(60);
    assertThat(enlarged.width()).isEqualTo(60);
    assertThat(enlarged.height()).isEqualTo(40);
    assertThat(enlarged.get(59, 39)).isCloseTo(100f, within(0.01f));
  }

  @Test
  void whitenessIsTheSmallestChannel() {
    RgbImage pink = RgbImage.of(1, 1, new int[] {0xFFC0E0});
    assertThat(Plane.of(pink, Plane.Channel.WHITENESS, 10).get(0, 0)).isEqualTo(192f);
  }

  @Test
  void laplacianVarianceSeparatesSharpFromBlurred() {
    RgbImage card = SyntheticPages.card(400, 250, 7);
    double sharp = Sharpness.laplacianVariance(Plane.of(card, Plane.Channel.LUMA, 640));
    double blurred = Sharpness.laplacianVariance(Plane.of(Degradations.gaussianBlur(card, 3), Plane.Channel.LUMA,
        640));
    assertThat(sharp).isGreaterThan(20 * blurred);
    assertThat(Sharpness.laplacianVariance(Plane.of(SyntheticPages.flat(50, 50, 90), Plane.Channel.LUMA, 640)))
        .isZero();
  }

  @Test
  void tonesFindPercentilesAndClippedFractions() {
    int[] pixels = new int[100];
    for (int i = 0; i < 100; i++) {
      pixels[i] = SyntheticPages.grey(i < 10 ? 0 : i < 80 ? 128 : 255);
    }
    Tones tones = Tones.of(Plane.of(RgbImage.of(10, 10, pixels), Plane.Channel.LUMA, 640));
    assertThat(tones.p1()).isZero();
    assertThat(tones.p99()).isEqualTo(255);
    assertThat(tones.crushedFraction()).isCloseTo(0.10, within(1e-9));
    assertThat(tones.clippedFraction()).isCloseTo(0.20, within(1e-9));
    assertThat(tones.mean()).isCloseTo((70 * 128 + 20 * 255) / 100.0, within(0.01));
  }

  @Test
  void glareNeedsASolidBlobWithABrightHaloAwayFromTheBorder() {
    RgbImage card = SyntheticPages.card(640, 400, 11);
    assertThat(measureGlare(card).blobs()).isZero();
    GlareBlobs.Measure spot = measureGlare(Degradations.glare(card, 320, 200, 32));
    assertThat(spot.blobs()).isEqualTo(1);
    assertThat(spot.largestRadius()).isBetween(0.04, 0.06);
    assertThat(spot.areaFraction()).isBetween(0.01, 0.03);
    GlareBlobs.Measure small = measureGlare(Degradations.glare(card, 320, 200, 8));
    assertThat(small.blobs()).as("a spot smaller than the minimum radius").isZero();
    GlareBlobs.Measure edge = measureGlare(Degradations.glare(card, 0, 200, 32));
    assertThat(edge.blobs()).as("white touching the border is background").isZero();
  }

  @Test
  void aWhitePrintedPanelEndingInInkIsNotGlare() {
    RgbImage card = SyntheticPages.card(640, 400, 13);
    int[] pixels = card.copyPixels();
    for (int y = 150; y < 250; y++) {
      for (int x = 250; x < 390; x++) {
        boolean frame = y < 153 || y >= 247 || x < 253 || x >= 387;
        pixels[y * 640 + x] = SyntheticPages.grey(frame ? 30 : 255);
      }
    }
    assertThat(measureGlare(RgbImage.of(640, 400, pixels)).blobs()).isZero();
  }

  private static GlareBlobs.Measure measureGlare(RgbImage image) {
    return GlareBlobs.of(Plane.of(image, Plane.Channel.LUMA, 640), Plane.of(image, Plane.Channel.WHITENESS, 640));
  }
}
