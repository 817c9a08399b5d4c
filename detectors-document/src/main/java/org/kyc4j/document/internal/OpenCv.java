package org.kyc4j.document.internal;

import java.util.Objects;
import org.kyc4j.api.RgbImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * The bridge to OpenCV: loads its bundled native library once, on first use, and converts
 * between {@link RgbImage} and 8-bit BGR {@link Mat}s. The native library is process-wide by
 * nature (a JVM loads it once), so loading is the one shared step; it is thread-safe through the
 * class-initialisation lock of a holder class. Mats are not thread-safe; each call makes its own.
 */
public final class OpenCv {
  private OpenCv() {}

  private static final class Loaded {
    static final boolean DONE = load();

    private static boolean load() {
      nu.pattern.OpenCV.loadLocally();
      return true;
    }
  }

  /** Loads the native library if no call has yet; cheap afterwards. */
  public static void ensureLoaded() {
    if (!Loaded.DONE) {
      throw new IllegalStateException("OpenCV did not load");
    }
  }

  /** Returns the image as an 8-bit, 3-channel BGR Mat the caller must release. */
  public static Mat bgr(RgbImage image) {
    Objects.requireNonNull(image, "image");
    ensureLoaded();
    int[] pixels = image.copyPixels();
    byte[] bytes = new byte[pixels.length * 3];
    for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
      int p = pixels[i];
      bytes[j] = (byte) p;
      bytes[j + 1] = (byte) (p >> 8);
      bytes[j + 2] = (byte) (p >> 16);
    }
    Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC3);
    mat.put(0, 0, bytes);
    return mat;
  }

  /** Returns an 8-bit BGR (or grey) Mat as an image; the Mat is not released. */
  public static RgbImage rgb(Mat mat) {
    int w = mat.cols();
    int h = mat.rows();
    int channels = mat.channels();
    byte[] bytes = new byte[w * h * channels];
    mat.get(0, 0, bytes);
    int[] pixels = new int[w * h];
    for (int i = 0, j = 0; i < pixels.length; i++, j += channels) {
      if (channels == 1) {
        int g = bytes[j] & 0xFF;
        pixels[i] = g << 16 | g << 8 | g;
      } else {
        pixels[i] = (bytes[j + 2] & 0xFF) << 16 | (bytes[j + 1] & 0xFF) << 8 | (bytes[j] & 0xFF);
      }
    }
    return RgbImage.adopt(w, h, pixels);
  }
}
