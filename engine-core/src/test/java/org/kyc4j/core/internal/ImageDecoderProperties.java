package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kyc4j.core.internal.EncodedImages.encode;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.kyc4j.api.RgbImage;

/**
 * Whatever bytes arrive, the decoder either returns an image within its pixel budget or throws
 * {@link ImageRejectedException}: never another exception, never a larger image. jqwik prints the
 * seed of any failing run.
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

  @Property(tries = 400)
  void randomBytesAreDecodedOrRejected(@ForAll @Size(max = 600) byte[] data) {
    assertDecodedWithinBudgetOrRejected(data);
  }

  @Property(tries = 400)
  void randomBytesAfterAMagicAreDecodedOrRejected(@ForAll("magics") byte[] magic, @ForAll @Size(max = 600) byte[] tail) {
    assertDecodedWithinBudgetOrRejected(EncodedImages.concat(magic, tail));
  }

  @Property(tries = 600)
  void mutatedValidImagesAreDecodedOrRejected(@ForAll("mutatedImages") byte[] data) {
    assertDecodedWithinBudgetOrRejected(data);
  }

  @Property(tries = 50)
  void validImagesDecode(@ForAll("validImages") byte[] data) throws ImageRejectedException {
    RgbImage image = DECODER.decode(data);
    assertThat(image.pixelCount()).isBetween(1, (int) MAX_PIXELS);
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

  @Provide
  Arbitrary<byte[]> magics() {
    return Arbitraries.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[] {'G', 'I', 'F', '8', '7', 'a'},
        new byte[] {'B', 'M'}, new byte[] {'R', 'I', 'F', 'F', 64, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'},
        new byte[] {'R', 'I', 'F', 'F', 64, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '});
  }

  @Provide
  Arbitrary<byte[]> validImages() {
    return Arbitraries.of(VALID).map(byte[]::clone);
  }

  @Provide
  Arbitrary<byte[]> mutatedImages() {
    Arbitrary<byte[]> base = validImages();
    Arbitrary<byte[]> flipped = Combinators.combine(base, Arbitraries.integers().between(1, 8),
        Arbitraries.longs()).as(ImageDecoderProperties::flipBits);
    Arbitrary<byte[]> truncated = Combinators.combine(base, Arbitraries.doubles().between(0, 1))
        .as((data, at) -> Arrays.copyOf(data, (int) (data.length * at)));
    Arbitrary<byte[]> overwritten = Combinators.combine(base, Arbitraries.doubles().between(0, 1),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)).as(ImageDecoderProperties::overwrite);
    return Arbitraries.oneOf(flipped, truncated, overwritten);
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
