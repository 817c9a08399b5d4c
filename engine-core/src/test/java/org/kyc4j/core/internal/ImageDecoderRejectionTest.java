package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kyc4j.core.internal.EncodedImages.concat;
import static org.kyc4j.core.internal.EncodedImages.encode;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/** Every way an image is rejected: size, format, truncation, corruption, pixel budget. */
class ImageDecoderRejectionTest {
  private final ImageDecoder decoder = new ImageDecoder(40_000_000, 30 << 20);

  static Kind kindOf(ImageDecoder decoder, byte[] data) {
    try {
      decoder.decode(data);
      return null;
    } catch (ImageRejectedException e) {
      return e.kind();
    }
  }

  private static void assertRejected(ThrowingCallable call, Kind kind, String messagePart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejectedException.class, e -> {
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  static BufferedImage noise(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return image;
  }

  @Test
  void rejectsMoreBytesThanAllowedBeforeParsing() {
    ImageDecoder small = new ImageDecoder(1_000, 100);
    assertRejected(() -> small.decode(new byte[101]), Kind.TOO_MANY_BYTES, "101 bytes; allowed: at most 100");
  }

  @Test
  void rejectsUnknownFormatNamingTheSupportedOnes() {
    byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0};
    assertRejected(() -> decoder.decode(tiff), Kind.UNSUPPORTED_FORMAT, "JPEG, PNG, WebP, GIF, BMP");
    assertRejected(() -> decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8}), Kind.UNSUPPORTED_FORMAT,
        "[ff d8]");
  }

  @Test
  void rejectsRandomBytesWithAUsefulKind() {
    long seed = System.nanoTime();
    System.out.println("rejectsRandomBytesWithAUsefulKind seed=" + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] data = new byte[1 + random.nextInt(500)];
      random.nextBytes(data);
      assertThat(kindOf(decoder, data)).as("seed %d, try %d", seed, i).isNotNull();
    }
  }

  @Test
  void rejectsRandomBytesAfterEveryMagic() {
    long seed = System.nanoTime();
    System.out.println("rejectsRandomBytesAfterEveryMagic seed=" + seed);
    Random random = new Random(seed);
    byte[][] magics = {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        {'G', 'I', 'F', '8', '9', 'a'}, {'B', 'M'}, {'R', 'I', 'F', 'F', 100, 0, 0, 0, 'W', 'E', 'B', 'P'}};
    for (byte[] magic : magics) {
      for (int i = 0; i < 100; i++) {
        byte[] tail = new byte[random.nextInt(300)];
        random.nextBytes(tail);
        Kind kind = kindOf(decoder, concat(magic, tail));
        assertThat(kind).as("seed %d, magic %s, try %d", seed, Arrays.toString(magic), i)
            .isIn(Kind.TRUNCATED, Kind.CORRUPT, Kind.UNSUPPORTED_FORMAT, Kind.TOO_MANY_PIXELS);
      }
    }
  }

  @Test
  void rejectsJpegCutAnywhereAsTruncated() {
    byte[] jpeg = encode(noise(64, 48, 1), "jpeg");
    for (int cut = 3; cut < jpeg.length; cut += Math.max(1, cut < 700 ? 7 : jpeg.length / 60)) {
      assertThat(kindOf(decoder, Arrays.copyOf(jpeg, cut))).as("cut at %d of %d", cut, jpeg.length)
          .isEqualTo(Kind.TRUNCATED);
    }
    assertThat(kindOf(decoder, Arrays.copyOf(jpeg, jpeg.length - 1))).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void rejectsJpegCutInItsScanEvenWithAnEndMarkerAppended() {
    byte[] jpeg = encode(noise(64, 48, 2), "jpeg");
    byte[] cut = concat(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), new byte[] {(byte) 0xFF, (byte) 0xD9});
    assertThat(kindOf(decoder, cut)).isIn(Kind.TRUNCATED, Kind.CORRUPT);
  }

  @Test
  void rejectsPngCutAnywhereAsTruncated() {
    byte[] png = encode(noise(64, 48, 3), "png");
    for (int cut = 8; cut < png.length; cut += cut < 200 ? 3 : png.length / 60) {
      assertThat(kindOf(decoder, Arrays.copyOf(png, cut))).as("cut at %d of %d", cut, png.length)
          .isEqualTo(Kind.TRUNCATED);
    }
  }

  @Test
  void rejectsGifAndWebpCutInTheirFirstFrameAsTruncated() {
    byte[] gif = encode(noise(32, 16, 4), "gif");
    for (int cut = 6; cut < gif.length - 1; cut += 5) {
      assertThat(kindOf(decoder, Arrays.copyOf(gif, cut))).as("gif cut at %d of %d", cut, gif.length)
          .isEqualTo(Kind.TRUNCATED);
    }
    byte[] webp = EncodedImages.losslessWebp(new boolean[][] {{true, false}}, 1, 2, 3, 4, 255);
    for (int cut = 12; cut < webp.length; cut++) {
      assertThat(kindOf(decoder, Arrays.copyOf(webp, cut))).as("webp cut at %d", cut).isEqualTo(Kind.TRUNCATED);
    }
  }

  @Test
  void rejectsBmpCutAsTruncated() {
    byte[] bmp = encode(noise(32, 16, 5), "bmp");
    assertThat(kindOf(decoder, Arrays.copyOf(bmp, bmp.length / 2))).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void rejectsPngWithAFlippedBitInItsImageData() {
    byte[] png = encode(noise(32, 16, 6), "png");
    png[png.length / 2] ^= 0x10;
    assertRejected(() -> decoder.decode(png), Kind.CORRUPT, "CRC");
  }

  @Test
  void rejectsHugeDeclaredPngFastAndWithoutAllocatingItsPixels() {
    assertRejected(() -> decoder.decode(EncodedImages.pngClaiming(100_000, 100_000)), Kind.TOO_MANY_PIXELS,
        "100000x100000");
    byte[] large = EncodedImages.pngClaiming(20_000, 20_000);
    long allocated = allocatedBytes(() -> kindOf(decoder, large));
    assertThat(kindOf(decoder, large)).isEqualTo(Kind.TOO_MANY_PIXELS);
    assertThat(allocated).as("bytes allocated rejecting a 20000x20000 PNG (1.2 GB of pixels)")
        .isLessThan(16L << 20);
  }

  @Test
  void rejectsJpegWhoseFrameDeclaresTooManyPixels() {
    byte[] jpeg = encode(noise(16, 16, 7), "jpeg");
    int sof = indexOfMarker(jpeg, 0xC0);
    ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 60_000).putShort((short) 60_000);
    assertRejected(() -> decoder.decode(jpeg), Kind.TOO_MANY_PIXELS, "60000x60000");
  }

  @Test
  void limitsDeepFormatsToTheSameRasterBytes() throws Exception {
    ImageDecoder budget = new ImageDecoder(15_000, 1 << 20);
    BufferedImage eightBit = noise(100, 100, 8);
    assertThat(budget.decode(encode(eightBit, "png")).pixelCount()).isEqualTo(10_000);
    BufferedImage sixteenBit = new BufferedImage(100, 100, BufferedImage.TYPE_USHORT_GRAY);
    assertThat(budget.decode(encode(sixteenBit, "png")).pixelCount()).isEqualTo(10_000);
    byte[] cmyk = EncodedImages.cmykJpeg(100, 100, new int[] {1, 2, 3, 4}, new int[] {5, 6, 7, 8});
    assertRejected(() -> budget.decode(cmyk), Kind.TOO_MANY_PIXELS, "bytes per decoded pixel");
    assertRejected(() -> new ImageDecoder(9_999, 1 << 20).decode(encode(eightBit, "png")), Kind.TOO_MANY_PIXELS,
        "10000 pixels; allowed: at most 9999");
  }

  @Test
  void rejectsProgressiveScanBombs() {
    byte[] scan = {(byte) 0xFF, (byte) 0xDA, 0, 2, 0x11};
    byte[][] parts = new byte[64 + 3][];
    parts[0] = new byte[] {(byte) 0xFF, (byte) 0xD8};
    Arrays.fill(parts, 1, parts.length - 1, scan);
    parts[parts.length - 1] = new byte[] {(byte) 0xFF, (byte) 0xD9};
    assertRejected(() -> decoder.decode(concat(parts)), Kind.TOO_COSTLY, "more than 64 scans; allowed: at most 64");
  }

  @Test
  void rejectsDifferentialJpegAsUnsupported() {
    byte[] jpeg = encode(noise(16, 16, 9), "jpeg");
    jpeg[indexOfMarker(jpeg, 0xC0) + 1] = (byte) 0xC5;
    assertRejected(() -> decoder.decode(jpeg), Kind.UNSUPPORTED_FORMAT, "SOF type 0xc5");
  }

  @Test
  void rejectsInvalidLimits() {
    assertThatThrownBy(() -> new ImageDecoder(0, 1)).hasMessageContaining("maxPixels 0");
    assertThatThrownBy(() -> new ImageDecoder(1, 0)).hasMessageContaining("maxEncodedBytes 0");
  }

  static int indexOfMarker(byte[] jpeg, int marker) {
    for (int i = 2; i < jpeg.length - 1; i++) {
      if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
        return i;
      }
    }
    throw new AssertionError("no marker " + Integer.toHexString(marker));
  }

  private static long allocatedBytes(Runnable action) {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported()) {
      Assumptions.abort("this JVM does not measure allocation per thread");
      return 0;
    }
    action.run();
    long before = threads.getCurrentThreadAllocatedBytes();
    action.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}
