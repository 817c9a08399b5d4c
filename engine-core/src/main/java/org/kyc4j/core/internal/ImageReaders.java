package org.kyc4j.core.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/**
 * Finds the ImageIO reader for each format, preferring TwelveMonkeys' readers (CMYK and YCCK
 * JPEG, Adobe markers, WebP) over the JDK's. The chosen provider is remembered per format; each
 * decode gets a new reader, because readers are not thread-safe. When TwelveMonkeys is missing
 * from the registry (plugins on a class loader the registry did not see when it started), the
 * registry is rescanned once. Thread-safe.
 */
final class ImageReaders {
  private static final String PREFERRED_PACKAGE = "com.twelvemonkeys.";
  private final Map<ImageFormat, ImageReaderSpi> chosen = new ConcurrentHashMap<>();
  private final AtomicBoolean scanned = new AtomicBoolean();

  /** Returns a new reader for {@code format}, or rejects the image as UNSUPPORTED_FORMAT if none is installed. */
  ImageReader create(ImageFormat format) throws ImageRejectedException {
    ImageReaderSpi spi = chosen.get(format);
    if (spi == null) {
      spi = lookUp(format);
      if (spi == null) {
        throw new ImageRejectedException(Kind.UNSUPPORTED_FORMAT, "no ImageIO reader for " + format.displayName()
            + " is installed; add TwelveMonkeys imageio-" + format.imageIoName() + " to the class path", null);
      }
      chosen.putIfAbsent(format, spi);
    }
    try {
      return spi.createReaderInstance();
    } catch (IOException e) {
      throw new ImageRejectedException(Kind.UNSUPPORTED_FORMAT, "the " + format.displayName() + " reader "
          + spi.getClass().getName() + " cannot be created: " + e.getMessage(), e);
    }
  }

  private ImageReaderSpi lookUp(ImageFormat format) {
    ImageReaderSpi found = best(format);
    if ((found == null || !found.getClass().getName().startsWith(PREFERRED_PACKAGE)) && scanned.compareAndSet(false, true)) {
      ImageIO.scanForPlugins();
      found = best(format);
    }
    return found;
  }

  private static ImageReaderSpi best(ImageFormat format) {
    ImageReaderSpi first = null;
    Iterator<ImageReaderSpi> providers = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class,
        spi -> supports((ImageReaderSpi) spi, format.imageIoName()), true);
    while (providers.hasNext()) {
      ImageReaderSpi spi = providers.next();
      if (spi.getClass().getName().startsWith(PREFERRED_PACKAGE)) {
        return spi;
      }
      if (first == null) {
        first = spi;
      }
    }
    return first;
  }

  private static boolean supports(ImageReaderSpi spi, String formatName) {
    for (String name : spi.getFormatNames()) {
      if (name.equalsIgnoreCase(formatName)) {
        return true;
      }
    }
    return false;
  }
}
