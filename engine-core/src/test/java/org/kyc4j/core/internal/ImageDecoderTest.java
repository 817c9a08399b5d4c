package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kyc4j.core.internal.EncodedImages.encode;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/** Decoding of every supported format and variant; rejections have their own test class. */
class ImageDecoderTest {
  static final int RED = 0xE01010;
  static final int GREEN = 0x10D010;
  static final int BLUE = 0x1010E0;
  static final int YELLOW = 0xF0F010;
  static final int TOLERANCE = 18;

  private final ImageDecoder decoder = new ImageDecoder(40_000_000, 30 << 20);

  /** A 48x32 image whose quadrants are red (top left), green (top right), blue (bottom left), yellow. */
  static BufferedImage quadrants() {
    BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 48; x++) {
        image.setRGB(x, y, y < 16 ? (x < 24 ? RED : GREEN) : (x < 24 ? BLUE : YELLOW));
      }
    }
    return image;
  }

  static void assertNear(int actual, int expected) {
    for (int shift = 0; shift <= 16; shift += 8) {
      int a = (actual >> shift) & 0xFF;
      int e = (expected >> shift) & 0xFF;
      assertThat(Math.abs(a - e)).as("channel at bit %d of %06x vs expected %06x", shift, actual, expected)
          .isLessThanOrEqualTo(TOLERANCE);
    }
  }

  @Test
  void picksTwelveMonkeysReadersForJpegAndWebp() throws Exception {
    for (ImageFormat format : new ImageFormat[] {ImageFormat.JPEG, ImageFormat.WEBP}) {
      ImageReader reader = new ImageReaders().create(format);
      try {
        assertThat(reader.getClass().getName()).as(format.name()).startsWith("com.twelvemonkeys.");
      } finally {
        reader.dispose();
      }
    }
  }

  @Test
  void decodesRgbJpeg() throws Exception {
    RgbImage image = decoder.decode(encode(quadrants(), "jpeg"));
    assertThat(image.width()).isEqualTo(48);
    assertThat(image.height()).isEqualTo(32);
    assertNear(image.rgb(6, 4), RED);
    assertNear(image.rgb(42, 4), GREEN);
    assertNear(image.rgb(6, 28), BLUE);
    assertNear(image.rgb(42, 28), YELLOW);
  }

  @Test
  void decodesGreyJpegToEqualChannelsWithoutGammaShift() throws Exception {
    BufferedImage grey = new BufferedImage(64, 16, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = grey.getRaster();
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 64; x++) {
        raster.setSample(x, y, 0, (x / 16) * 60 + 20);
      }
    }
    RgbImage image = decoder.decode(encode(grey, "jpeg"));
    for (int band = 0; band < 4; band++) {
      int rgb = image.rgb(band * 16 + 8, 8);
      int expected = band * 60 + 20;
      assertNear(rgb, expected * 0x010101);
      assertThat(rgb >> 16).isEqualTo(rgb & 0xFF);
    }
  }

  @Test
  void decodesCmykJpegWithAdobeMarker() throws Exception {
    byte[] jpeg = EncodedImages.cmykJpeg(64, 32, new int[] {255, 0, 0, 0}, new int[] {0, 0, 0, 128});
    RgbImage image = decoder.decode(jpeg);
    assertThat(image.width()).isEqualTo(64);
    assertNear(image.rgb(8, 16), 0x00FFFF);
    assertNear(image.rgb(56, 16), 0x7F7F7F);
  }

  @Test
  void decodesYcckJpegWithAdobeMarker() throws Exception {
    byte[] jpeg = EncodedImages.ycckJpeg(64, 32, new int[] {255, 0, 0, 0}, new int[] {0, 0, 0, 128});
    RgbImage image = decoder.decode(jpeg);
    assertNear(image.rgb(8, 16), 0x00FFFF);
    assertNear(image.rgb(56, 16), 0x7F7F7F);
  }

  @Test
  void appliesTheEmbeddedIccProfileOfAJpeg() throws Exception {
    byte[] profile;
    try (var in = ColorSpaces.class.getResourceAsStream("/profiles/ClayRGB1998.icc")) {
      profile = in.readAllBytes();
    }
    BufferedImage flat = new BufferedImage(32, 32, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        flat.setRGB(x, y, 0x20C040);
      }
    }
    byte[] jpeg = encode(flat, "jpeg");
    byte[] app2 = EncodedImages.concat(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) ((profile.length + 16) >> 8),
        (byte) (profile.length + 16)}, "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 1}, profile);
    byte[] tagged = EncodedImages.concat(Arrays.copyOf(jpeg, 2), app2, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    float[] srgb = new ICC_ColorSpace(ICC_Profile.getInstance(profile)).toRGB(new float[] {0x20 / 255f, 0xC0 / 255f,
        0x40 / 255f});
    int expected = (Math.round(srgb[0] * 255) << 16) | (Math.round(srgb[1] * 255) << 8) | Math.round(srgb[2] * 255);
    assertThat(expected).as("the profile moves this colour").isNotEqualTo(0x20C040);
    assertNear(decoder.decode(tagged).rgb(16, 16), expected);
  }

  @ParameterizedTest(name = "orientation {0}, {1}")
  @CsvSource({
      "1, BIG_ENDIAN, RED, GREEN, BLUE", "2, LITTLE_ENDIAN, GREEN, RED, YELLOW",
      "3, BIG_ENDIAN, YELLOW, BLUE, GREEN", "3, LITTLE_ENDIAN, YELLOW, BLUE, GREEN",
      "4, BIG_ENDIAN, BLUE, YELLOW, RED", "5, LITTLE_ENDIAN, RED, BLUE, GREEN",
      "6, BIG_ENDIAN, BLUE, RED, YELLOW", "6, LITTLE_ENDIAN, BLUE, RED, YELLOW",
      "7, BIG_ENDIAN, YELLOW, GREEN, BLUE", "8, BIG_ENDIAN, GREEN, YELLOW, RED",
      "8, LITTLE_ENDIAN, GREEN, YELLOW, RED"})
  void appliesExifOrientation(int orientation, String order, String topLeft, String topRight, String bottomLeft)
      throws Exception {
    ByteOrder byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    RgbImage image = decoder.decode(EncodedImages.withExifOrientation(encode(quadrants(), "jpeg"), orientation, byteOrder));
    boolean swapped = orientation >= 5;
    assertThat(image.width()).isEqualTo(swapped ? 32 : 48);
    assertThat(image.height()).isEqualTo(swapped ? 48 : 32);
    int w = image.width();
    int h = image.height();
    assertNear(image.rgb(4, 4), colour(topLeft));
    assertNear(image.rgb(w - 5, 4), colour(topRight));
    assertNear(image.rgb(4, h - 5), colour(bottomLeft));
  }

  private static int colour(String name) {
    return switch (name) {
      case "RED" -> RED;
      case "GREEN" -> GREEN;
      case "BLUE" -> BLUE;
      default -> YELLOW;
    };
  }

  @Test
  void readsOrientationFromAHostileExifBlockWithoutExpandingItsValues() throws Exception {
    // TwelveMonkeys' TIFFReader and metadata-extractor both ran out of a 512 MB heap on this block
    RgbImage image = decoder.decode(EncodedImages.withExifAmplifier(encode(quadrants(), "jpeg")));
    assertThat(image.width()).isEqualTo(32);
    assertThat(image.height()).isEqualTo(48);
    assertNear(image.rgb(4, 4), BLUE);
  }

  @Test
  void ignoresOrientationOutsideOneToEight() throws Exception {
    byte[] jpeg = EncodedImages.withExifOrientation(encode(quadrants(), "jpeg"), 9, ByteOrder.BIG_ENDIAN);
    RgbImage image = decoder.decode(jpeg);
    assertThat(image.width()).isEqualTo(48);
    assertNear(image.rgb(4, 4), RED);
  }

  @Test
  void decodesGifAndBmp() throws Exception {
    for (String format : new String[] {"gif", "bmp", "png"}) {
      RgbImage image = decoder.decode(encode(quadrants(), format));
      assertThat(image.width()).as(format).isEqualTo(48);
      assertThat(image.rgb(6, 4)).as(format).isEqualTo(RED);
      assertThat(image.rgb(42, 28)).as(format).isEqualTo(YELLOW);
    }
  }

  @Test
  void decodesTheFirstFrameOfAnAnimatedGif() throws Exception {
    BufferedImage second = new BufferedImage(48, 32, BufferedImage.TYPE_3BYTE_BGR);
    byte[] gif = EncodedImages.animatedGif(quadrants(), second);
    RgbImage image = decoder.decode(gif);
    assertThat(image.rgb(6, 4)).isEqualTo(RED);
    assertThat(image.rgb(42, 28)).isEqualTo(YELLOW);
  }

  @Test
  void decodesHandMadeLosslessWebpWithAlphaOnWhite() throws Exception {
    boolean[][] pattern = {{true, false, false, false}, {true, true, false, false}, {true, true, true, false}};
    RgbImage opaque = decoder.decode(EncodedImages.losslessWebp(pattern, 20, 220, 200, 50, 255));
    assertThat(opaque.width()).isEqualTo(4);
    assertThat(opaque.height()).isEqualTo(3);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 4; x++) {
        assertThat(opaque.rgb(x, y)).as("(%d,%d)", x, y).isEqualTo(pattern[y][x] ? 0xC8DC32 : 0xC81432);
      }
    }
    RgbImage translucent = decoder.decode(EncodedImages.losslessWebp(pattern, 20, 220, 200, 50, 128));
    assertThat(translucent.rgb(0, 0)).isEqualTo(RasterPixels.flatten(200, 220, 50, 128));
    assertThat(translucent.rgb(3, 0)).isEqualTo(RasterPixels.flatten(200, 20, 50, 128));
  }

  @Test
  void flattenBlendsLinearlyOnWhite() {
    assertThat(RasterPixels.flatten(0, 0, 0, 0)).isEqualTo(0xFFFFFF);
    assertThat(RasterPixels.flatten(10, 20, 30, 255)).isEqualTo(0x0A141E);
    assertThat(RasterPixels.flatten(0, 255, 100, 51)).isEqualTo(0xCCFFE0);
  }

  @Test
  void rejectsEmptyInput() {
    assertThatThrownBy(() -> decoder.decode(new byte[0]))
        .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EMPTY));
  }

  @Test
  void rejectsNullInput() {
    assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(NullPointerException.class);
  }
}
