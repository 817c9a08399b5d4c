package org.kyc4j.liveness.passive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.models.MiniFasNet;
import org.kyc4j.spi.FaceBox;

/** Upstream's crop rule: scale capped to fit, shifted not cut, bilinear to 80x80 in B, G, R order. */
class FasCropTest {
  private static FaceBox box(double x, double y, double w, double h) {
    return new FaceBox(x, y, w, h, 0.9, new float[12]);
  }

  @Test
  void aCentredBoxIsScaledAboutItsCentre() {
    assertThat(FasCrop.region(640, 480, box(270, 190, 100, 100), 1.0, 2.7)).containsExactly(185, 105, 455, 375);
  }

  @Test
  void aBoxNearTheEdgeIsShiftedInsideNotCut() {
    int[] r = FasCrop.region(640, 480, box(0, 0, 100, 100), 1.0, 2.7);
    assertThat(r).containsExactly(0, 0, 270, 270);
  }

  @Test
  void theScaleIsCappedSoTheCropFits() {
    int[] r = FasCrop.region(640, 480, box(270, 190, 200, 200), 1.0, 4.0);
    assertThat(r[3] - r[1]).isEqualTo(479);
    assertThat(r[1]).isZero();
  }

  @Test
  void theMultiplierWidensTheBox() {
    int[] r = FasCrop.region(640, 480, box(270, 190, 100, 100), 1.3, 1.0);
    assertThat(r[2] - r[0]).isEqualTo(130);
  }

  @Test
  void pixelsAreBlueGreenRed() {
    int[] pixels = new int[100 * 100];
    java.util.Arrays.fill(pixels, 0x102030);
    byte[] crop = FasCrop.of(RgbImage.of(100, 100, pixels), box(40, 40, 20, 20), 1.0, 2.7);
    assertThat(crop).hasSize(MiniFasNet.INPUT_BYTES);
    assertThat(new byte[] {crop[0], crop[1], crop[2]}).containsExactly(0x30, 0x20, 0x10);
  }
}
