package org.kyc4j.liveness;

import java.util.Map;

import org.kyc4j.spi.Keys;

import org.kyc4j.spi.DecodedImages;

import org.kyc4j.testing.MapDetectionContext;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;

/**
 * A test capture: encoded frames, their decoded images (ImageIO, as the engine would decode them)
 * and capture times, run through the detector with a {@link MapDetectionContext}. Immutable; the
 * {@code with...} methods return changed copies.
 */
final class Capture {
  /** The request time of every test capture. */
  static final Instant REQUESTED_AT = Instant.parse("2025-03-01T10:15:30Z");
  /** The default interval between frames: 30 fps. */
  static final Duration INTERVAL = Duration.ofNanos(33_333_333);

  private final Product product;
  private final List<byte[]> encoded;
  private final List<RgbImage> decoded;
  private final List<Instant> times;

  private Capture(Product product, List<byte[]> encoded, List<RgbImage> decoded, List<Instant> times) {
    this.product = product;
    this.encoded = List.copyOf(encoded);
    this.decoded = List.copyOf(decoded);
    this.times = List.copyOf(times);
  }

  /** A FACE_CAPTURE of the given encoded frames, 30 fps, ending one second before the request. */
  static Capture of(List<byte[]> encoded) {
    List<RgbImage> decoded = encoded.stream().map(Capture::decode).toList();
    return new Capture(Product.FACE_CAPTURE, encoded, decoded, regularTimes(encoded.size(), INTERVAL));
  }

  /** Returns capture times {@code interval} apart, the last one second before the request time. */
  static List<Instant> regularTimes(int count, Duration interval) {
    Instant last = REQUESTED_AT.minusSeconds(1);
    List<Instant> times = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      times.add(last.minus(interval.multipliedBy(count - 1 - i)));
    }
    return times;
  }

  Capture withTimes(List<Instant> newTimes) {
    return new Capture(product, encoded, decoded, newTimes);
  }

  Capture withProduct(Product newProduct) {
    return new Capture(newProduct, encoded, decoded, times);
  }

  List<byte[]> encoded() {
    return encoded;
  }

  List<Instant> times() {
    return times;
  }

  int size() {
    return encoded.size();
  }

  /** Returns the request at the given anti-injection level; FACE_COMPARE takes the first two images as A and B. */
  VerificationRequest request(Level level) {
    VerificationRequest.Builder builder = VerificationRequest.builder("test-capture", product)
        .config(ProductConfig.builder().antiInjection(level).build()).requestedAt(REQUESTED_AT);
    if (product.usesCompareImages()) {
      return builder.compare(encoded.get(0), encoded.get(1)).build();
    }
    for (int i = 0; i < encoded.size(); i++) {
      builder.frame(new SelfieFrame(encoded.get(i), times.get(i)));
    }
    return builder.build();
  }

  /** A fresh frame memory of the default size on the system clock, as one new engine has. */
  static SeenFrames memory() {
    return new SeenFrames(SeenFrames.DEFAULT_CAPACITY, SeenFrames.DEFAULT_WINDOW, java.time.Clock.systemUTC());
  }

  /** Runs a new detector (with a fresh frame memory) on this capture at the given level. */
  Finding detect(Level level) {
    return detect(new AntiInjectionDetector(memory()), level);
  }

  /** Runs {@code detector} on this capture at the given level. */
  Finding detect(AntiInjectionDetector detector, Level level) {
    DecodedImages images = product.usesCompareImages()
        ? new DecodedImages(Map.of(), List.of(), Map.of(), Map.of(CompareImage.Side.A, decoded.get(0),
            CompareImage.Side.B, decoded.get(1)))
        : new DecodedImages(Map.of(), decoded);
    return detector.detect(new MapDetectionContext(detector, request(level), level, REQUESTED_AT)
        .with(Keys.IMAGES, images));
  }

  /** Decodes an encoded image with ImageIO into an RgbImage. */
  static RgbImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new IllegalArgumentException("not an image: " + bytes.length + " bytes");
      }
      return toRgb(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a BufferedImage into an RgbImage. */
  static RgbImage toRgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    return RgbImage.of(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }
}
