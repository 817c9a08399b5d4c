package org.kyc4j.liveness;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.kyc4j.api.RgbImage;

/**
 * What the anti-injection check measures on one selfie frame. Immutable.
 *
 * @param index the frame's position in the request, from 0
 * @param width the decoded width in pixels
 * @param height the decoded height in pixels
 * @param byteDigest the SHA-256 of the encoded bytes, in hex
 * @param pixelHash a 64-bit hash of the decoded pixels
 * @param perceptualHash the 64-bit {@link PerceptualHash} of the luma
 * @param fineGrainShare the {@link FineGrain} share, {@code NaN} when not measurable
 */
record FrameSignature(int index, int width, int height, String byteDigest, long pixelHash, long perceptualHash,
    double fineGrainShare) {
  /** Validates. */
  FrameSignature {
    if (index < 0) {
      throw new IllegalArgumentException("index is " + index + "; allowed: >= 0");
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size " + width + "x" + height + " must be positive");
    }
    Objects.requireNonNull(byteDigest, "byteDigest");
    if (!Double.isNaN(fineGrainShare) && (fineGrainShare < 0 || fineGrainShare > 1)) {
      throw new IllegalArgumentException("fineGrainShare is " + fineGrainShare + "; allowed: 0..1 or NaN");
    }
  }

  /** Measures one frame from its encoded bytes, its decoded image and that image's luma. */
  static FrameSignature measure(int index, byte[] encoded, RgbImage image, float[] luma) {
    int w = image.width();
    int h = image.height();
    return new FrameSignature(index, w, h, sha256(encoded), pixelHash(image.copyPixels()),
        PerceptualHash.of(luma, w, h), FineGrain.share(luma, w, h));
  }

  /** Returns the size as {@code WIDTHxHEIGHT}. */
  String size() {
    return width + "x" + height;
  }

  /** Returns whether the other frame has the same decoded size. */
  boolean sameSize(FrameSignature other) {
    return width == other.width && height == other.height;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static long pixelHash(int[] pixels) {
    long hash = 0xcbf29ce484222325L;
    for (int pixel : pixels) {
      hash = (hash ^ pixel) * 0x100000001b3L;
    }
    return hash ^ (hash >>> 29);
  }
}
