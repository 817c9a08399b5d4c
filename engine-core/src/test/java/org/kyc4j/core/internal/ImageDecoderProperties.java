package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kyc4j.core.internal.EncodedImages.encode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever bytes arrive, the decoder either returns an image within its pixel budget or throws
 * {@link ImageRejectedException}: never another exception, never a larger image. QuickTheories
 * prints the seed of any failing run.
 */
class ImageDecoderProperties {
  private static final long MAX_PIXELS = 4_096;
  private static final ImageDecoder DECODER = new ImageDecoder(MAX_PIXELS, 1 << 20);
  private static final List<byte[]> VALID = List.of(
      encode(ImageDecoderRejectionTest.noise(24, 16, 11), "jpeg"),
      EncodedImages.withExifOrientation(encode(ImageDecoderTest.quadrants(), "jpeg"), 6, ByteOrder.LITTLE_ENDIAN),
      encode(ImageDecoderRejectionTest.noise(24, 16, 12), "png"),
      encode(ImageDecoderRejectionTest.noise(24, 16, 13), "gif"),
      encode(ImageDecoderRejectionTest.noise(24, 16, 14), "bmp"),
      EncodedImages.cmykJpeg(16, 16, new int[] {10, 200, 30, 40}, new int[] {0, 0, 0, 255}),
      EncodedImages.ycckJpeg(16, 16, new int[] {10, 200, 30, 40}, new int[] {0, 0, 0, 255}),
      EncodedImages.losslessWebp(new boolean[][] {{true, false, true}, {false, true, false}}, 5, 250, 1, 2, 77));

  @Test
  void randomBytesAreDecodedOrRejected() {
    qt().withExamples(400).forAll(bytes(0, 600))
        .checkAssert(ImageDecoderProperties::assertDecodedWithinBudgetOrRejected);
  }

  @Test
  void randomBytesAfterAMagicAreDecodedOrRejected() {
    qt().withExamples(400).forAll(magics(), bytes(0, 600))
        .checkAssert((magic, tail) -> assertDecodedWithinBudgetOrRejected(EncodedImages.concat(magic, tail)));
  }

  @Test
  void mutatedValidImagesAreDecodedOrRejected() {
    qt().withExamples(600).forAll(mutatedImages())
        .checkAssert(ImageDecoderProperties::assertDecodedWithinBudgetOrRejected);
  }

  /** 200 draws from the eight valid images: repeated draws are skipped, so each image decodes once. */
  @Test
  void validImagesDecode() {
    qt().withExamples(200).forAll(validImages()).checkAssert(data -> {
      RgbImage image = decode(data);
      assertThat(image.pixelCount()).isBetween(1, (int) MAX_PIXELS);
    });
  }

  private static RgbImage decode(byte[] data) {
    try {
      return DECODER.decode(data);
    } catch (ImageRejectedException e) {
      throw new AssertionError("a valid image was rejected: " + e.getMessage(), e);
    }
  }

  private static void assertDecodedWithinBudgetOrRejected(byte[] data) {
    try {
      RgbImage image = DECODER.decode(data);
      assertThat(image.pixelCount()).isBetween(1, (int) MAX_PIXELS);
    } catch (ImageRejectedException e) {
      assertThat(e.kind()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static Gen<byte[]> bytes(int minSize, int maxSize) {
    return Generate.byteArrays(integers().between(minSize, maxSize),
        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  private static Gen<byte[]> magics() {
    return arbitrary().pick(List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[] {'G', 'I', 'F', '8', '7', 'a'},
        new byte[] {'B', 'M'}, new byte[] {'R', 'I', 'F', 'F', 64, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'},
        new byte[] {'R', 'I', 'F', 'F', 64, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '}))
        .describedAs(Arrays::toString);
  }

  private static Gen<byte[]> validImages() {
    return arbitrary().pick(VALID).map(byte[]::clone).describedAs(Arrays::toString);
  }

  private static Gen<byte[]> mutatedImages() {
    Gen<byte[]> base = validImages();
    Gen<Double> at = doubles().between(0, 1);
    Gen<byte[]> flipped = base.zip(integers().between(1, 8), longs().all(), ImageDecoderProperties::flipBits);
    Gen<byte[]> truncated = base.zip(at, (data, cut) -> Arrays.copyOf(data, (int) (data.length * cut)));
    Gen<byte[]> overwritten = base.zip(at, bytes(1, 16), ImageDecoderProperties::overwrite);
    return Generate.oneOf(flipped, truncated, overwritten).describedAs(Arrays::toString);
  }

  private static byte[] flipBits(byte[] data, int flips, long seed) {
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < flips; i++) {
      data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return data;
  }

  private static byte[] overwrite(byte[] data, double at, byte[] patch) {
    int from = Math.min((int) (data.length * at), data.length - patch.length);
    System.arraycopy(patch, 0, data, Math.max(0, from), Math.min(patch.length, data.length));
    return data;
  }
}
