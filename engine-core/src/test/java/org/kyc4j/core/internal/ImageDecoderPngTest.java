package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kyc4j.core.internal.EncodedImages.encode;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;

/** PNG variants: alpha, colour-key transparency, 16-bit, palette, grey and 1-bit, all ending as RGB on white. */
class ImageDecoderPngTest {
  private final ImageDecoder decoder = new ImageDecoder(40_000_000, 30 << 20);

  @Test
  void flattensPngAlphaOnWhite() throws Exception {
    BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
    argb.setRGB(0, 0, 0x00FF0000);
    argb.setRGB(1, 0, 0x800000FF);
    argb.setRGB(2, 0, 0xFF00FF00);
    RgbImage image = decoder.decode(encode(argb, "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0xFFFFFF);
    assertThat(image.rgb(1, 0)).isEqualTo(0x7F7FFF);
    assertThat(image.rgb(2, 0)).isEqualTo(0x00FF00);
  }

  @Test
  void decodesSixteenBitPngWithAlphaKeepingTheHighByte() throws Exception {
    ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
        Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
    WritableRaster raster = model.createCompatibleWritableRaster(2, 1);
    raster.setPixel(0, 0, new int[] {0x1234, 0xABCD, 0xFF00, 0xFFFF});
    raster.setPixel(1, 0, new int[] {0, 0, 0, 0});
    RgbImage image = decoder.decode(encode(new BufferedImage(model, raster, false, null), "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0x12ABFE);
    assertThat(image.rgb(1, 0)).isEqualTo(0xFFFFFF);
  }

  @Test
  void decodesSixteenBitGreyPng() throws Exception {
    BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
    grey.getRaster().setSample(0, 0, 0, 0x8080);
    grey.getRaster().setSample(1, 0, 0, 0xFFFF);
    RgbImage image = decoder.decode(encode(grey, "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0x808080);
    assertThat(image.rgb(1, 0)).isEqualTo(0xFFFFFF);
  }

  @Test
  void decodesEightBitGreyPngWithoutGammaShift() throws Exception {
    BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSample(0, 0, 0, 100);
    assertThat(decoder.decode(encode(grey, "png")).rgb(0, 0)).isEqualTo(0x646464);
  }

  @Test
  void decodesPalettePngWithTransparentEntry() throws Exception {
    byte[] r = {(byte) 200, 0, 0};
    byte[] g = {0, (byte) 150, 0};
    byte[] b = {0, 0, (byte) 250};
    byte[] a = {(byte) 255, (byte) 255, 0};
    IndexColorModel palette = new IndexColorModel(8, 3, r, g, b, a);
    BufferedImage indexed = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
    for (int x = 0; x < 3; x++) {
      indexed.getRaster().setSample(x, 0, 0, x);
    }
    RgbImage image = decoder.decode(encode(indexed, "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0xC80000);
    assertThat(image.rgb(1, 0)).isEqualTo(0x009600);
    assertThat(image.rgb(2, 0)).isEqualTo(0xFFFFFF);
  }

  @Test
  void decodesOneBitPng() throws Exception {
    BufferedImage binary = new BufferedImage(9, 1, BufferedImage.TYPE_BYTE_BINARY);
    binary.setRGB(8, 0, 0xFFFFFF);
    RgbImage image = decoder.decode(encode(binary, "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0x000000);
    assertThat(image.rgb(8, 0)).isEqualTo(0xFFFFFF);
  }

  @Test
  void flattensGreyWithAlphaOnWhite() throws Exception {
    ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
        Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(2, 1);
    raster.setPixel(0, 0, new int[] {40, 255});
    raster.setPixel(1, 0, new int[] {0, 102});
    RgbImage image = decoder.decode(encode(new BufferedImage(model, raster, false, null), "png"));
    assertThat(image.rgb(0, 0)).isEqualTo(0x282828);
    assertThat(image.rgb(1, 0)).isEqualTo(RasterPixels.flatten(0, 0, 0, 102));
  }

  @Test
  void turnsTheColourKeyOfATrnsChunkIntoWhite() throws Exception {
    BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
    rgb.setRGB(0, 0, 0xFF0000);
    rgb.setRGB(1, 0, 0x00FF00);
    byte[] png = encode(rgb, "png");
    int afterHeader = 8 + 25;
    byte[] keyed = EncodedImages.concat(Arrays.copyOf(png, afterHeader),
        EncodedImages.pngChunk("tRNS", new byte[] {0, (byte) 255, 0, 0, 0, 0}),
        Arrays.copyOfRange(png, afterHeader, png.length));
    RgbImage image = decoder.decode(keyed);
    assertThat(image.rgb(0, 0)).isEqualTo(0xFFFFFF);
    assertThat(image.rgb(1, 0)).isEqualTo(0x00FF00);
  }
}
