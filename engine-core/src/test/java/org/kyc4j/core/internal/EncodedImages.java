package org.kyc4j.core.internal;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Builds encoded test images: ImageIO encodings, hand-made EXIF segments, PNG chunks and lossless WebP. */
final class EncodedImages {
  private EncodedImages() {}

  /** Returns {@code image} encoded as {@code format} by ImageIO ("jpeg" at quality 0.95, "png", "gif", "bmp"). */
  static byte[] encode(BufferedImage image, String format) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format.equals("jpeg")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Returns a GIF with one frame per image, written as an ImageIO write sequence. */
  static byte[] animatedGif(BufferedImage... frames) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : frames) {
        writer.writeToSequence(new IIOImage(frame, null, null), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Returns a CMYK JPEG written by TwelveMonkeys' writer (Adobe APP14 marker, inverted samples). */
  static byte[] cmykJpeg(int width, int height, int[] cmykLeft, int[] cmykRight) {
    ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
    ComponentColorModel model = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, x < width / 2 ? cmykLeft : cmykRight);
      }
    }
    return encode(new BufferedImage(model, raster, false, null), "jpeg");
  }

  /**
   * Returns an Adobe YCCK JPEG built by hand: the JDK writer stores four raw components (YCbCr of
   * the C, M, Y samples and the inverted K, as Adobe does) and an APP14 "Adobe" segment with
   * transform 2 (YCCK) is inserted after SOI.
   */
  static byte[] ycckJpeg(int width, int height, int[] cmykLeft, int[] cmykRight) {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int[] cmyk = x < width / 2 ? cmykLeft : cmykRight;
        double c = cmyk[0];
        double m = cmyk[1];
        double ye = cmyk[2];
        raster.setPixel(x, y, new int[] {clamp(0.299 * c + 0.587 * m + 0.114 * ye),
            clamp(128 - 0.168736 * c - 0.331264 * m + 0.5 * ye), clamp(128 + 0.5 * c - 0.418688 * m - 0.081312 * ye),
            255 - cmyk[3]});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    byte[] jpeg = bytes.toByteArray();
    byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 2};
    return concat(Arrays.copyOf(jpeg, 2), adobe, Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }

  /** Returns {@code jpeg} with an APP1 Exif segment holding {@code orientation} inserted right after SOI. */
  static byte[] withExifOrientation(byte[] jpeg, int orientation, ByteOrder order) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(order);
    tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
    tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
    tiff.putShort((short) 42).putInt(8).putShort((short) 2);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put(new byte[] {'k', 'y', 'c', 0});
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0);
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8),
        (byte) (payload.length + 2)}, payload);
    return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  /**
   * Returns {@code jpeg} with a hostile 64 KB Exif segment after SOI: IFD0 holds orientation 6, then
   * about 5,400 entries whose rational values all cover the whole block, which a reader of every
   * value expands into some 40 million objects.
   */
  static byte[] withExifAmplifier(byte[] jpeg) {
    int tiffBytes = 0xFFFF - 2 - 6;
    int entries = (tiffBytes - 8 - 2 - 4) / 12;
    ByteBuffer tiff = ByteBuffer.allocate(tiffBytes).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    for (int i = 1; i < entries; i++) {
      tiff.putShort((short) (0x1000 + i)).putShort((short) 5).putInt((tiffBytes - 8) / 8).putInt(8);
    }
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8),
        (byte) (payload.length + 2)}, payload);
    return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  /** Returns a PNG chunk (length, type, data, CRC). */
  static byte[] pngChunk(String type, byte[] data) {
    byte[] typeAndData = concat(type.getBytes(StandardCharsets.US_ASCII), data);
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeAndData,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** Returns a structurally valid PNG whose header claims {@code width x height} RGB pixels and whose data is tiny. */
  static byte[] pngClaiming(int width, int height) {
    byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
        .put((byte) 0).put((byte) 0).array();
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    return concat(signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0, 0, 0, 0,
        1}), pngChunk("IEND", new byte[0]));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * Returns a lossless WebP (VP8L) built by hand after the WebP lossless bitstream specification:
   * every pixel has the given red, blue and alpha; green is {@code green1} where {@code pattern}
   * is true and {@code green0} elsewhere (two one-bit prefix codes, no transforms, no cache).
   */
  static byte[] losslessWebp(boolean[][] pattern, int green0, int green1, int red, int blue, int alpha) {
    int height = pattern.length;
    int width = pattern[0].length;
    BitWriter bits = new BitWriter();
    bits.put(0x2F, 8);
    bits.put(width - 1, 14);
    bits.put(height - 1, 14);
    bits.put(alpha == 255 ? 0 : 1, 1);
    bits.put(0, 3);
    bits.put(0, 1); // no transform
    bits.put(0, 1); // no colour cache
    bits.put(0, 1); // no meta prefix codes
    bits.put(1, 1).put(1, 1).put(1, 1).put(Math.min(green0, green1), 8).put(Math.max(green0, green1), 8);
    for (int single : new int[] {red, blue, alpha, 0}) {
      bits.put(1, 1).put(0, 1).put(1, 1).put(single, 8);
    }
    for (boolean[] row : pattern) {
      for (boolean one : row) {
        bits.put(one == (green1 > green0) ? 1 : 0, 1);
      }
    }
    byte[] data = bits.toByteArray();
    int padded = data.length + (data.length & 1);
    ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return riff.array();
  }

  /**
   * Returns what {@code cwebp -lossless} (libwebp 1.2.4) makes of a white 4000x4000 image: 680 bytes
   * that are mostly one 5-byte unit, the prefix code of a back-reference of the longest length at
   * distance 1, repeated. TwelveMonkeys' WebP reader up to 3.12 rejected it ("Coordinate out of
   * bounds!"): its Huffman tables desynchronised on such long references.
   */
  static byte[] whiteLosslessWebp4000() {
    byte[] head = HexFormat.of().parseHex("52494646a0020000574542505650384c940200002f9fcfe70307d0fffef7bfff612c21"
        + "4182ffb7db2322f54641db364cf9b3dfb514d1ff090092e4ffff204444a4e4f98ffffcf7df7ffff9cf7ffffdf79ffffcf7df7f");
    byte[] unit = HexFormat.of().parseHex("fffdf7df7f");
    byte[][] parts = new byte[118 + 2][];
    parts[0] = head;
    Arrays.fill(parts, 1, 119, unit);
    parts[119] = HexFormat.of().parseHex("fedb3900");
    return concat(parts);
  }

  /** Returns {@code image} as a progressive JPEG in the JDK writer's default scan script (about ten scans). */
  static byte[] progressiveJpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Writes bits least significant first, as the WebP lossless bitstream reads them. */
  private static final class BitWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int current;
    private int count;

    BitWriter put(int value, int n) {
      for (int i = 0; i < n; i++) {
        current |= ((value >> i) & 1) << count;
        if (++count == 8) {
          bytes.write(current);
          current = 0;
          count = 0;
        }
      }
      return this;
    }

    byte[] toByteArray() {
      if (count > 0) {
        bytes.write(current);
        current = 0;
        count = 0;
      }
      return bytes.toByteArray();
    }
  }
}
