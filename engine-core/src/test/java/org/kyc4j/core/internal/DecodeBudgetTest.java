package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kyc4j.core.internal.EncodedImages.encode;
import static org.kyc4j.core.internal.ImageDecoderRejectionTest.noise;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/** The decoder's cost bounds: JPEG scans, pixels times scans, the decode deadline, and raster depth per format. */
class DecodeBudgetTest {
  private static void assertRejected(ThrowingCallable call, Kind kind, String messagePart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ImageRejectedException.class, e -> {
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @Test
  void refusesAProgressiveJpegWhosePixelsTimesScansExceedTheBudgetFromItsMarkersAlone() throws Exception {
    byte[] jpeg = EncodedImages.progressiveJpeg(noise(200, 150, 1));
    int scans = JpegStructure.read(jpeg, Integer.MAX_VALUE).scans();
    assertThat(scans).as("the JDK writer's progressive script").isGreaterThan(3);
    long scanPixels = 200L * 150 * scans;
    assertThat(new ImageDecoder(1_000_000, 1 << 20, 64, scanPixels).decode(jpeg).pixelCount()).isEqualTo(30_000);
    assertRejected(() -> new ImageDecoder(1_000_000, 1 << 20, 64, scanPixels - 1).decode(jpeg), Kind.TOO_COSTLY,
        "200x150 in " + scans + " scans = " + scanPixels + " pixel-scans; allowed: at most " + (scanPixels - 1));
    assertRejected(() -> new ImageDecoder(1_000_000, 1 << 20, 64, scanPixels - 1).probe(jpeg), Kind.TOO_COSTLY,
        "pixel-scans");
    assertRejected(() -> new ImageDecoder(1_000_000, 1 << 20, scans - 1, Long.MAX_VALUE).decode(jpeg),
        Kind.TOO_COSTLY, "more than " + (scans - 1) + " scans");
  }

  @Test
  void aDeadlineThatPassesStopsAProgressiveDecodeMidwayInsteadOfAtItsEnd() throws Exception {
    byte[] jpeg = EncodedImages.progressiveJpeg(noise(1200, 1200, 2));
    AtomicLong reads = new AtomicLong();
    LongSupplier oneMillisecondPerLook = () -> reads.incrementAndGet() * 1_000_000L;
    DecodeDeadline deadline = DecodeDeadline.after(Duration.ofMillis(20), oneMillisecondPerLook);
    ImageDecoder decoder = new ImageDecoder(40_000_000, 30 << 20);
    assertRejected(() -> decoder.decode(jpeg, deadline), Kind.TOO_COSTLY, "decode timeout of 20 ms");
    long looksWhenStopped = reads.get();

    AtomicLong fullReads = new AtomicLong();
    RgbImage image = decoder.decode(jpeg, DecodeDeadline.after(Duration.ofDays(1), fullReads::incrementAndGet));
    assertThat(image.pixelCount()).isEqualTo(1_440_000);
    assertThat(fullReads.get()).as("looks at the clock in a whole decode").isGreaterThan(10 * looksWhenStopped);
    assertThat(looksWhenStopped).as("looks at the clock before the decode stopped").isLessThan(40);
  }

  @Test
  void aDeadlineAlreadyPassedRefusesBeforeReading() {
    DecodeDeadline passed = DecodeDeadline.after(Duration.ofNanos(1), new AtomicLong()::incrementAndGet);
    byte[] png = encode(noise(20, 20, 3), "png");
    assertRejected(() -> new ImageDecoder(1_000, 1 << 20).decode(png, passed), Kind.TOO_COSTLY, "PNG went past");
  }

  @Test
  void eightBitImagesOfEveryFormatAndLayoutGetTheWholePixelBudget() throws Exception {
    ImageDecoder decoder = new ImageDecoder(10_000, 1 << 20);
    int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_BYTE_INDEXED};
    for (int type : types) {
      BufferedImage image = new BufferedImage(100, 100, type);
      image.getGraphics().drawImage(noise(100, 100, type), 0, 0, null);
      assertThat(decoder.decode(encode(image, "png")).pixelCount()).as("PNG of type " + type).isEqualTo(10_000);
    }
    assertThat(decoder.decode(encode(noise(100, 100, 5), "bmp")).pixelCount()).isEqualTo(10_000);
    assertThat(decoder.decode(encode(noise(100, 100, 6), "gif")).pixelCount()).isEqualTo(10_000);
    assertThat(decoder.decode(encode(noise(100, 100, 4), "jpeg")).pixelCount()).isEqualTo(10_000);
  }

  @Test
  void sixteenBitRgbPngGetsFewerPixelsSoItsRasterStaysWithinTheBudgetBytes() throws Exception {
    ImageDecoder decoder = new ImageDecoder(10_000, 1 << 20);
    assertThat(decoder.decode(encode(sixteenBitRgb(81, 81), "png")).pixelCount()).isEqualTo(6_561);
    assertRejected(() -> decoder.decode(encode(sixteenBitRgb(82, 82), "png")), Kind.TOO_MANY_PIXELS,
        "at 6 bytes per decoded pixel; allowed: at most 6666 pixels at that depth");
  }

  private static BufferedImage sixteenBitRgb(int width, int height) {
    ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
        Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
    WritableRaster raster = model.createCompatibleWritableRaster(width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {x * 800, y * 800, 30_000});
      }
    }
    return new BufferedImage(model, raster, false, null);
  }

  @Test
  void decodesALosslessWebpWhoseBackReferencesTheOldReaderMisread() throws Exception {
    RgbImage white = new ImageDecoder(40_000_000, 30 << 20).decode(EncodedImages.whiteLosslessWebp4000());
    assertThat(white.width()).isEqualTo(4000);
    assertThat(white.height()).isEqualTo(4000);
    for (int y = 0; y < 4000; y += 397) {
      for (int x = 0; x < 4000; x += 389) {
        assertThat(white.rgb(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
      }
    }
  }
}
