package org.kyc4j.liveness.face;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.kyc4j.api.RgbImage;

/**
 * A bounded, least-recently-used memo of {@link FaceRecognizer#read} by image content: the key is the
 * image size and the SHA-256 of its pixels (about 2 ms for a 640x480 image, against about 50 ms for a
 * reading), so the same photo decoded twice is read once. Thread-safe: one lock, held while a key is
 * looked up or stored, never while a face is read (two threads may read one new image at once; both
 * get equal readings).
 */
final class ReadingCache {
  private final int capacity;
  private final Map<Key, FaceReading> readings;

  /** A cache of at most {@code capacity} readings (positive). */
  ReadingCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("cache capacity " + capacity + " must be positive");
    }
    this.capacity = capacity;
    this.readings = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, FaceReading> eldest) {
        return size() > ReadingCache.this.capacity;
      }
    };
  }

  /** Returns the cached reading of an image with the same pixels, or reads it and keeps the reading. */
  FaceReading read(RgbImage image, Function<RgbImage, FaceReading> reader) {
    Key key = Key.of(image);
    synchronized (readings) {
      FaceReading cached = readings.get(key);
      if (cached != null) {
        return cached;
      }
    }
    FaceReading reading = reader.apply(image);
    synchronized (readings) {
      readings.put(key, reading);
    }
    return reading;
  }

  /** Image size and pixel digest. */
  private record Key(int width, int height, byte[] sha256) {
    static Key of(RgbImage image) {
      int[] pixels = image.copyPixels();
      ByteBuffer bytes = ByteBuffer.allocate(pixels.length * Integer.BYTES);
      bytes.asIntBuffer().put(pixels);
      try {
        return new Key(image.width(), image.height(), MessageDigest.getInstance("SHA-256").digest(bytes.array()));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("this Java runtime has no SHA-256", e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && width == other.width && height == other.height
          && Arrays.equals(sha256, other.sha256);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * width + height) + Arrays.hashCode(sha256);
    }
  }
}
