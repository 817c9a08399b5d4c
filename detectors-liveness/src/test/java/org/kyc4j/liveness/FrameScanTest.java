package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

/** Per-frame signatures and frame-to-frame comparison. */
class FrameScanTest {
  @Test
  void signaturesSeparateBytesFromPixels() {
    var image = Images.noisyGradient(96, 64, 3.0, 1);
    byte[] png = Images.png(image);
    byte[] jpeg = Images.jpeg(image, 0.9f);
    FrameScan scan = scan(List.of(png, png, jpeg));
    FrameSignature first = scan.signatures().get(0);
    assertThat(first.byteDigest()).isEqualTo(scan.signatures().get(1).byteDigest()).hasSize(64);
    assertThat(first.byteDigest()).isNotEqualTo(scan.signatures().get(2).byteDigest());
    assertThat(scan.samePixels(0, 1)).isTrue();
    assertThat(scan.samePixels(0, 2)).isFalse();
    assertThat(scan.changedShare(0, 1)).isZero();
    assertThat(first.size()).isEqualTo("96x64");
  }

  @Test
  void independentNoiseChangesMostPixels() {
    FrameScan scan = scan(List.of(Images.png(Images.noisyGradient(96, 64, 3.0, 1)),
        Images.png(Images.noisyGradient(96, 64, 3.0, 2))));
    assertThat(scan.changedShare(0, 1)).isGreaterThan(0.4);
  }

  @Test
  void framesOfDifferentSizesAreNotCompared() {
    FrameScan scan = scan(List.of(Images.png(Images.noisyGradient(96, 64, 3.0, 1)),
        Images.png(Images.noisyGradient(64, 96, 3.0, 1))));
    assertThat(scan.samePixels(0, 1)).isFalse();
    assertThatThrownBy(() -> scan.changedShare(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frames 0 and 1 differ in size");
  }

  @Test
  void largeFramesAreDecimatedNotAveraged() {
    byte[] big = Images.png(Images.noisyGradient(600, 500, 3.0, 1));
    byte[] other = Images.png(Images.noisyGradient(600, 500, 3.0, 2));
    assertThat(scan(List.of(big, other)).changedShare(0, 1)).isGreaterThan(0.4);
  }

  @Test
  void signatureValidatesItsComponents() {
    assertThatThrownBy(() -> new FrameSignature(-1, 1, 1, "", 0, 0, 0.5)).hasMessageContaining("index is -1");
    assertThatThrownBy(() -> new FrameSignature(0, 0, 1, "", 0, 0, 0.5)).hasMessageContaining("size 0x1");
    assertThatThrownBy(() -> new FrameSignature(0, 1, 1, "", 0, 0, 1.5)).hasMessageContaining("fineGrainShare is 1.5");
  }

  private static FrameScan scan(List<byte[]> encoded) {
    List<RgbImage> images = encoded.stream().map(Capture::decode).toList();
    return FrameScan.of(encoded, images);
  }
}
