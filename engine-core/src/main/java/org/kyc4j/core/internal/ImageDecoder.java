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
  private final int maxJpegScans;
  private final long maxJpegScanPixels;
  private final ImageReaders readers = new ImageReaders();

  /**
   * Creates a decoder with {@code EngineLimits.DEFAULT}'s JPEG scan bounds (64 scans, 500,000,000
   * pixels times scans).
   *
   * @see #ImageDecoder(long, int, int, long)
   */
  public ImageDecoder(long maxPixels, int maxEncodedBytes) {
    this(maxPixels, maxEncodedBytes, 64, 500_000_000L);
  }

  /**
   * Creates a decoder.
   *
   * @param maxPixels the most pixels (width times height) an image may have, at least 1; values
   *     above the largest Java array ({@code Integer.MAX_VALUE - 8}) are capped to it. Images whose
   *     reader allocates more than {@value #BYTES_PER_ALLOWED_PIXEL} bytes per pixel (16-bit PNG, CMYK
   *     JPEG, which is decoded to CMYK then converted) get proportionally fewer pixels, so the
   *     reader's rasters never exceed {@code maxPixels * 4} bytes; 8-bit images of every format get
   *     all {@code maxPixels}
   * @param maxEncodedBytes the most encoded bytes an image may have, at least 1
   * @param maxJpegScans the most scans a JPEG may have, at least 1
   * @param maxJpegScanPixels the most pixels times scans a JPEG may declare, at least 1
   */
  public ImageDecoder(long maxPixels, int maxEncodedBytes, int maxJpegScans, long maxJpegScanPixels) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels " + maxPixels + " must be at least 1");
    }
    if (maxEncodedBytes < 1) {
      throw new IllegalArgumentException("maxEncodedBytes " + maxEncodedBytes + " must be at least 1");
    }
    if (maxJpegScans < 1 || maxJpegScanPixels < 1) {
      throw new IllegalArgumentException("maxJpegScans " + maxJpegScans + " and maxJpegScanPixels "
          + maxJpegScanPixels + " must be at least 1");
    }
    this.maxPixels = Math.min(maxPixels, MAX_ARRAY_PIXELS);
    this.maxEncodedBytes = maxEncodedBytes;
    this.maxJpegScans = maxJpegScans;
    this.maxJpegScanPixels = maxJpegScanPixels;
  }

  /**
   * What an image's header declares, read without decoding a pixel.
   *
   * @param format the format's display name
   * @param width the stored width in pixels
   * @param height the stored height in pixels
   */
  public record Header(String format, int width, int height) {
    /** Returns width times height. */
    public long pixels() {
      return (long) width * height;
    }
  }

  /**
   * Checks what {@link #decode} checks before it decodes: byte count, format, container structure,
   * JPEG scans, and the dimensions and depth the header declares; decodes no pixel.
   *
   * @throws ImageRejectedException as {@link #decode} would for the same reasons
   */
  public Header probe(byte[] encoded) throws ImageRejectedException {
    ImageFormat format = checkContainer(encoded).format();
    ImageReader reader = readers.create(format);
    try (ByteArrayImageStream in = new ByteArrayImageStream(encoded, DecodeDeadline.NONE)) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      checkDimensions(format, width, height, decodingBytesPerPixel(format, reader));
      return new Header(format.displayName(), width, height);
    } catch (IOException | RuntimeException e) {
      throw DecodeFailures.classify(format, e);
    } catch (StackOverflowError e) {
      throw tooDeep(format, e);
    } finally {
      reader.dispose();
    }
  }

  /** Decodes without a deadline; see {@link #decode(byte[], DecodeDeadline)}. */
  public RgbImage decode(byte[] encoded) throws ImageRejectedException {
    return decode(encoded, DecodeDeadline.NONE);
  }

  /**
   * Decodes JPEG (incl. CMYK/YCCK and greyscale, EXIF orientation applied), PNG (alpha flattened
   * on white, 16-bit, palette, grey), WebP (TwelveMonkeys), BMP/GIF first frame. Reads dimensions
   * from the header first and rejects before allocating pixels.
   *
   * @param encoded the encoded image, not null; not modified
   * @param deadline when decoding must stop, checked before, while and after the image is read
   * @return the upright image
   * @throws ImageRejectedException if the bytes are empty, too many, of another format, cut,
   *     corrupt, declare too many pixels or scans, or the deadline passes; the kind says which
   */
  public RgbImage decode(byte[] encoded, DecodeDeadline deadline) throws ImageRejectedException {
    Objects.requireNonNull(deadline, "deadline");
    Container container = checkContainer(encoded);
    deadline.check(container.format().displayName());
    try {
      DecodedPixels upright = ExifOrientation.apply(read(container.format(), encoded, deadline),
          container.orientation());
      return RgbImage.adopt(upright.width(), upright.height(), upright.pixels());
    } catch (OutOfMemoryError e) {
      throw new ImageRejectedException(Kind.TOO_MANY_PIXELS, container.format().displayName()
          + " image did not fit in the heap; allowed: images the heap can hold", e);
    }
  }

  private record Container(ImageFormat format, int orientation) {}

  /** Checks the byte count, the format and the container structure; returns the format and EXIF orientation. */
  private Container checkContainer(byte[] encoded) throws ImageRejectedException {
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
    return new Container(format, checkStructure(format, encoded));
  }

  /** Returns the EXIF orientation (1 when the format has none) after the container checks of the format. */
  private int checkStructure(ImageFormat format, byte[] encoded) throws ImageRejectedException {
    switch (format) {
      case JPEG:
        return checkScans(JpegStructure.read(encoded, maxJpegScans)).orientation();
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

  /** Rejects a JPEG over the pixel-scan budget; one over the pixel budget is left to the dimension check. */
  private JpegStructure checkScans(JpegStructure jpeg) throws ImageRejectedException {
    long pixels = (long) jpeg.width() * jpeg.height();
    long scanPixels = pixels * jpeg.scans();
    if (pixels <= maxPixels && scanPixels > maxJpegScanPixels) {
      throw new ImageRejectedException(Kind.TOO_COSTLY, "JPEG declares " + jpeg.width() + "x" + jpeg.height() + " in "
          + jpeg.scans() + " scans = " + scanPixels + " pixel-scans; allowed: at most " + maxJpegScanPixels
          + " (maxJpegScanPixels)", null);
    }
    return jpeg;
  }

  private DecodedPixels read(ImageFormat format, byte[] encoded, DecodeDeadline deadline)
      throws ImageRejectedException {
    ImageReader reader = readers.create(format);
    DecodeWarnings warnings = new DecodeWarnings();
    try (ByteArrayImageStream in = new ByteArrayImageStream(encoded, deadline)) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener(warnings);
      reader.addIIOReadProgressListener(new DeadlineWatch(deadline));
      checkDimensions(format, reader.getWidth(0), reader.getHeight(0), decodingBytesPerPixel(format, reader));
      BufferedImage image = reader.read(0);
      deadline.check(format.displayName());
      warnings.throwIfDamaged(format);
      checkDimensions(format, image.getWidth(), image.getHeight(), 1);
      return new DecodedPixels(image.getWidth(), image.getHeight(), RasterPixels.toRgb(image));
    } catch (IOException | RuntimeException e) {
      if (deadline.passed()) {
        throw deadline.exceeded(format.displayName());
      }
      throw DecodeFailures.classify(format, e);
    } catch (StackOverflowError e) {
      throw tooDeep(format, e);
    } finally {
      reader.dispose();
    }
  }

  private static ImageRejectedException tooDeep(ImageFormat format, StackOverflowError e) {
    return new ImageRejectedException(Kind.CORRUPT, format.displayName() + " data sent the decoder into too deep a"
        + " recursion", e);
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
   * Returns the bytes per pixel the reader allocates. A JPEG reader decodes into its raw layout and,
   * when the destination differs (CMYK to RGB, for example), converts into a second raster; the other
   * readers decode straight into the destination, as deep as the deeper of the two layouts.
   */
  private static int decodingBytesPerPixel(ImageFormat format, ImageReader reader) throws IOException {
    ImageTypeSpecifier raw = reader.getRawImageType(0);
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    ImageTypeSpecifier destination = types != null && types.hasNext() ? types.next() : null;
    if (raw == null && destination == null) {
      return BYTES_PER_ALLOWED_PIXEL;
    }
    int rawBytes = raw == null ? 0 : bytesPerPixel(raw);
    int destinationBytes = destination == null ? 0 : bytesPerPixel(destination);
    if (format != ImageFormat.JPEG) {
      return Math.max(1, Math.max(rawBytes, destinationBytes));
    }
    return Math.max(1, destination != null && !destination.equals(raw) ? rawBytes + destinationBytes : rawBytes);
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
