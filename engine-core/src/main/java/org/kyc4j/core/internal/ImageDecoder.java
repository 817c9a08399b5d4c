package org.kyc4j.core.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * Decodes untrusted photo bytes into an {@link RgbImage}, within a pixel and a byte budget.
 * Checks size and magic bytes first, walks the container structure (truncation, EXIF orientation,
 * scan count), reads the dimensions from the header and rejects before any pixel is allocated,
 * then decodes with one new ImageIO reader per call (TwelveMonkeys where present). Every failure
 * becomes an {@link ImageRejectedException}. Thread-safe and stateless apart from its limits.
 */
public final class ImageDecoder {
  /** Sides longer than this are absurd for a photo, whatever the pixel budget. */
  static final int MAX_SIDE = 65_535;
  /** The decoded raster may take this many bytes per allowed pixel; deeper formats get fewer pixels. */
  static final int BYTES_PER_ALLOWED_PIXEL = 4;
  private static final long MAX_ARRAY_PIXELS = Integer.MAX_VALUE - 8;

  private final long maxPixels;
  private final int maxEncodedBytes;
  private final ImageReaders readers = new ImageReaders();

  /**
   * Creates a decoder.
   *
   * @param maxPixels the most pixels (width times height) an image may have, at least 1; values
   *     above the largest Java array ({@code Integer.MAX_VALUE - 8}) are capped to it. Formats
   *     that decode to more than {@value #BYTES_PER_ALLOWED_PIXEL} bytes per pixel (16-bit PNG,
   *     CMYK JPEG) get proportionally fewer pixels, so the decoded raster never exceeds
   *     {@code maxPixels * 4} bytes
   * @param maxEncodedBytes the most encoded bytes an image may have, at least 1
   */
  public ImageDecoder(long maxPixels, int maxEncodedBytes) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels " + maxPixels + " must be at least 1");
    }
    if (maxEncodedBytes < 1) {
      throw new IllegalArgumentException("maxEncodedBytes " + maxEncodedBytes + " must be at least 1");
    }
    this.maxPixels = Math.min(maxPixels, MAX_ARRAY_PIXELS);
    this.maxEncodedBytes = maxEncodedBytes;
  }

  /**
   * Decodes JPEG (incl. CMYK/YCCK and greyscale, EXIF orientation applied), PNG (alpha flattened
   * on white, 16-bit, palette, grey), WebP (TwelveMonkeys), BMP/GIF first frame. Reads dimensions
   * from the header first and rejects before allocating pixels.
   *
   * @param encoded the encoded image, not null; not modified
   * @return the upright image
   * @throws ImageRejectedException if the bytes are empty, too many, of another format, cut,
   *     corrupt or declare too many pixels; the kind says which
   */
  public RgbImage decode(byte[] encoded) throws ImageRejectedException {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length == 0) {
      throw new ImageRejectedException(Kind.EMPTY, "image has no bytes", null);
    }
    if (encoded.length > maxEncodedBytes) {
      throw new ImageRejectedException(Kind.TOO_MANY_BYTES, "image has " + encoded.length + " bytes; allowed: at most "
          + maxEncodedBytes, null);
    }
    ImageFormat format = ImageFormat.sniff(encoded).orElseThrow(() -> new ImageRejectedException(
        Kind.UNSUPPORTED_FORMAT, "image starts with bytes [" + ImageFormat.head(encoded)
        + "], which is none of the supported formats: " + ImageFormat.supportedList(), null));
    int orientation = checkStructure(format, encoded);
    try {
      DecodedPixels upright = ExifOrientation.apply(read(format, encoded), orientation);
      return RgbImage.adopt(upright.width(), upright.height(), upright.pixels());
    } catch (OutOfMemoryError e) {
      throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, format.displayName()
          + " image did not fit in the heap; allowed: images the heap can hold", e);
    }
  }

  /** Returns the EXIF orientation (1 when the format has none) after the container checks of the format. */
  private static int checkStructure(ImageFormat format, byte[] encoded) throws ImageRejectedException {
    switch (format) {
      case JPEG:
        return JpegStructure.read(encoded).orientation();
      case PNG:
        PngStructure.check(encoded);
        return 1;
      case GIF:
        GifStructure.check(encoded);
        return 1;
      case WEBP:
        long riffBytes = (encoded[4] & 0xFFL) | (encoded[5] & 0xFFL) << 8 | (encoded[6] & 0xFFL) << 16
            | (encoded[7] & 0xFFL) << 24;
        if (riffBytes > encoded.length - 8L) {
          throw new ImageRejectedException(Kind.TRUNCATED, "WebP declares " + (riffBytes + 8) + " bytes but has "
              + encoded.length, null);
        }
        return 1;
      default:
        return 1;
    }
  }

  private DecodedPixels read(ImageFormat format, byte[] encoded) throws ImageRejectedException {
    ImageReader reader = readers.create(format);
    DecodeWarnings warnings = new DecodeWarnings();
    try (ByteArrayImageStream in = new ByteArrayImageStream(encoded)) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener(warnings);
      checkDimensions(format, reader.getWidth(0), reader.getHeight(0), decodingBytesPerPixel(reader));
      BufferedImage image = reader.read(0);
      warnings.throwIfDamaged(format);
      checkDimensions(format, image.getWidth(), image.getHeight(), 1);
      return new DecodedPixels(image.getWidth(), image.getHeight(), RasterPixels.toRgb(image));
    } catch (IOException | RuntimeException e) {
      throw DecodeFailures.classify(format, e);
    } catch (StackOverflowError e) {
      throw new ImageRejectedException(Kind.CORRUPT, format.displayName() + " data sent the decoder into too deep a"
          + " recursion", e);
    } finally {
      reader.dispose();
    }
  }

  private void checkDimensions(ImageFormat format, int width, int height, int bytesPerPixel)
      throws ImageRejectedException {
    String declared = format.displayName() + " declares " + width + "x" + height;
    if (width < 1 || height < 1) {
      throw new ImageRejectedException(Kind.CORRUPT, declared + "; allowed: sides of at least 1", null);
    }
    if (width > MAX_SIDE || height > MAX_SIDE) {
      throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, declared + "; allowed: sides up to " + MAX_SIDE, null);
    }
    long pixels = (long) width * height;
    if (pixels > maxPixels) {
      throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, declared + " = " + pixels + " pixels; allowed: at most "
          + maxPixels, null);
    }
    if (pixels * bytesPerPixel > maxPixels * BYTES_PER_ALLOWED_PIXEL) {
      throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, declared + " at " + bytesPerPixel
          + " bytes per decoded pixel; allowed: at most " + (maxPixels * BYTES_PER_ALLOWED_PIXEL / bytesPerPixel)
          + " pixels at that depth (" + BYTES_PER_ALLOWED_PIXEL + " bytes per allowed pixel)", null);
    }
  }

  /**
   * Returns the bytes per pixel the reader allocates: its raw raster, plus the destination raster
   * when it converts into another layout (CMYK to RGB, for example).
   */
  private static int decodingBytesPerPixel(ImageReader reader) throws IOException {
    ImageTypeSpecifier raw = reader.getRawImageType(0);
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    ImageTypeSpecifier destination = types != null && types.hasNext() ? types.next() : null;
    if (raw == null && destination == null) {
      return BYTES_PER_ALLOWED_PIXEL;
    }
    int bytes = raw == null ? 0 : bytesPerPixel(raw);
    if (destination != null && !destination.equals(raw)) {
      bytes += bytesPerPixel(destination);
    }
    return Math.max(1, bytes);
  }

  private static int bytesPerPixel(ImageTypeSpecifier type) {
    SampleModel model = type.getSampleModel();
    int bits = model.getNumDataElements() * DataBuffer.getDataTypeSize(model.getDataType());
    return (bits + 7) / 8;
  }

  /** Collects the reader's warnings that reveal damage the reader decoded around. Not thread-safe. */
  private static final class DecodeWarnings implements IIOReadWarningListener {
    private String damage;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      if (damage == null && warning != null && DecodeFailures.isDamage(warning)) {
        damage = warning;
      }
    }

    void throwIfDamaged(ImageFormat format) throws ImageRejectedException {
      if (damage != null) {
        throw new ImageRejectedException(DecodeFailures.isTruncation(damage) ? Kind.TRUNCATED : Kind.CORRUPT,
            format.displayName() + " decoder reported: " + damage, null);
      }
    }
  }
}
