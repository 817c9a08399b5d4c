package org.kyc4j.core.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns a decoded BufferedImage into {@code 0xRRGGBB} pixels: grey becomes RGB, alpha is
 * flattened on white, 16-bit samples keep their high byte. Reads the raster's samples directly
 * for the layouts ImageIO readers produce (interleaved bytes, 16-bit components, palettes, packed
 * ints) and draws anything else onto a white RGB image. Stateless.
 */
final class RasterPixels {
  private static final int WHITE = 255;

  private RasterPixels() {}

  /** Returns the image's pixels, row-major. */
  static int[] toRgb(BufferedImage image) {
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    if (cm instanceof IndexColorModel icm) {
      return indexed(raster, icm);
    }
    if (isPlainComponent(cm, raster)) {
      if (untranslated && cm.getComponentSize(0) == 8 && raster.getDataBuffer() instanceof DataBufferByte
          && raster.getSampleModel() instanceof ComponentSampleModel csm && raster.getDataBuffer().getNumBanks() == 1) {
        return interleavedBytes(raster, csm, cm.getNumColorComponents(), cm.hasAlpha());
      }
      return components(raster, cm);
    }
    if (untranslated && image.getType() == BufferedImage.TYPE_INT_RGB
        && ((DataBufferInt) raster.getDataBuffer()).getData().length == image.getWidth() * image.getHeight()) {
      return ((DataBufferInt) raster.getDataBuffer()).getData();
    }
    return drawnOnWhite(image);
  }

  /** Whether the pixels are unpremultiplied sRGB or grey components, optionally with alpha, of at most 16 bits. */
  private static boolean isPlainComponent(ColorModel cm, Raster raster) {
    if (!(cm instanceof ComponentColorModel) || cm.isAlphaPremultiplied()) {
      return false;
    }
    ColorSpace cs = cm.getColorSpace();
    int colors = cm.getNumColorComponents();
    boolean known = (colors == 3 && cs.isCS_sRGB()) || (colors == 1 && cs.getType() == ColorSpace.TYPE_GRAY);
    int type = raster.getTransferType();
    return known && raster.getNumBands() == cm.getNumComponents()
        && (type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT);
  }

  private static int[] interleavedBytes(Raster raster, ComponentSampleModel csm, int colors, boolean alpha) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
    byte[] data = buffer.getData();
    int[] offsets = csm.getBandOffsets();
    int base = buffer.getOffset();
    int stride = csm.getPixelStride();
    int gOff = offsets[colors == 3 ? 1 : 0];
    int bOff = offsets[colors == 3 ? 2 : 0];
    int aOff = alpha ? offsets[colors] : 0;
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      int p = base + y * csm.getScanlineStride();
      int row = y * w;
      for (int x = 0; x < w; x++, p += stride) {
        int r = data[p + offsets[0]] & 0xFF;
        int g = data[p + gOff] & 0xFF;
        int b = data[p + bOff] & 0xFF;
        out[row + x] = alpha ? flatten(r, g, b, data[p + aOff] & 0xFF) : (r << 16) | (g << 8) | b;
      }
    }
    return out;
  }

  private static int[] components(Raster raster, ColorModel cm) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    int bands = raster.getNumBands();
    int colors = cm.getNumColorComponents();
    int[] max = new int[bands];
    for (int band = 0; band < bands; band++) {
      max[band] = (1 << cm.getComponentSize(band)) - 1;
    }
    int[] samples = new int[w * bands];
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, samples);
      for (int x = 0, s = 0; x < w; x++, s += bands) {
        int r = scale(samples[s], max[0]);
        int g = colors == 3 ? scale(samples[s + 1], max[1]) : r;
        int b = colors == 3 ? scale(samples[s + 2], max[2]) : r;
        out[y * w + x] = bands > colors ? flatten(r, g, b, scale(samples[s + colors], max[colors])) : (r << 16) | (g << 8) | b;
      }
    }
    return out;
  }

  private static int[] indexed(Raster raster, IndexColorModel icm) {
    int size = 1 << Math.min(16, Math.max(icm.getPixelSize(), 8));
    int[] palette = new int[size];
    for (int i = 0; i < Math.min(size, icm.getMapSize()); i++) {
      int argb = icm.getRGB(i);
      palette[i] = flatten((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, argb >>> 24);
    }
    int w = raster.getWidth();
    int h = raster.getHeight();
    int[] indices = new int[w];
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, indices);
      for (int x = 0; x < w; x++) {
        out[y * w + x] = palette[indices[x] & (size - 1)];
      }
    }
    return out;
  }

  private static int[] drawnOnWhite(BufferedImage image) {
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
  }

  private static int scale(int sample, int max) {
    return max == WHITE ? sample : (sample * WHITE + max / 2) / max;
  }

  /** Composites an unpremultiplied colour with alpha {@code a} (0..255) over white. */
  static int flatten(int r, int g, int b, int a) {
    if (a == WHITE) {
      return (r << 16) | (g << 8) | b;
    }
    int white = WHITE * (WHITE - a);
    return (((r * a + white + 127) / WHITE) << 16) | (((g * a + white + 127) / WHITE) << 8) | ((b * a + white + 127) / WHITE);
  }
}
