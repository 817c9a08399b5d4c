package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.kyc4j.api.RgbImage;

/** Synthetic encoded images for tests. Stateless and thread-safe. */
public final class TestImages {
  private TestImages() {}

  /** Returns {@code image}'s pixels as an opaque {@link RgbImage} (alpha dropped). */
  public static RgbImage rgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    return RgbImage.adopt(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }

  /**
   * Returns {@code image}'s pixels with any alpha flattened on white, rounded as the engine's decoder
   * flattens them, so that a test or an evaluation sees what a detector would.
   */
  public static RgbImage flattenedOnWhite(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < argb.length; i++) {
      int alpha = argb[i] >>> 24;
      int rgb = 0;
      for (int shift = 0; shift <= 16; shift += 8) {
        int c = (argb[i] >> shift) & 0xFF;
        rgb |= ((c * alpha + 255 * (255 - alpha) + 127) / 255) << shift;
      }
      argb[i] = rgb;
    }
    return RgbImage.of(w, h, argb);
  }

  /**
   * Reads an image file with ImageIO as an opaque {@link RgbImage}.
   *
   * @throws UncheckedIOException if the file cannot be read or is not an image ImageIO knows
   */
  public static RgbImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IOException("not an image: " + file);
      }
      return rgb(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code image} as a baseline JPEG at quality 0.9 (alpha, if any, is dropped). */
  public static byte[] jpeg(BufferedImage image) {
    return jpeg(image, 0.9f);
  }

  /**
   * Encodes {@code image} as a baseline JPEG at {@code quality} (alpha, if any, is dropped).
   *
   * @throws IllegalArgumentException if {@code quality} is not in (0, 1]
   */
  public static byte[] jpeg(BufferedImage image, float quality) {
    if (!(quality > 0 && quality <= 1)) {
      throw new IllegalArgumentException("JPEG quality is " + quality + "; allowed: (0, 1]");
    }
    BufferedImage rgb = toRgb(image);
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("no JPEG writer installed");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Encodes {@code image} as PNG. */
  public static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalStateException("no PNG writer for image type " + image.getType());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Returns a random RGB texture; equal arguments give equal pixels. */
  public static BufferedImage noise(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    return image;
  }

  /** Returns a smooth RGB gradient: red grows to the right, green downwards, blue along the diagonal. */
  public static BufferedImage gradient(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = width == 1 ? 0 : x * 255 / (width - 1);
        int g = height == 1 ? 0 : y * 255 / (height - 1);
        int b = (r + g) / 2;
        image.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    return image;
  }

  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var graphics = rgb.createGraphics();
    try {
      graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    } finally {
      graphics.dispose();
    }
    return rgb;
  }
  /**
   * Returns {@code image} blurred with a Gaussian of {@code sigma} pixels: separable, three sigmas
   * wide, edges clamped, each channel rounded. The blur the quality tests and evaluations degrade with.
   */
  public static RgbImage gaussianBlur(RgbImage image, double sigma) {
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("sigma is " + sigma + "; allowed: positive");
    }
    int radius = (int) Math.ceil(3 * sigma);
    double[] kernel = new double[2 * radius + 1];
    double sum = 0;
    for (int i = -radius; i <= radius; i++) {
      kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
      sum += kernel[i + radius];
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    int w = image.width();
    int h = image.height();
    int[] pixels = image.copyPixels();
    for (int shift = 0; shift <= 16; shift += 8) {
      float[] channel = new float[w * h];
      for (int i = 0; i < channel.length; i++) {
        channel[i] = (pixels[i] >> shift) & 0xFF;
      }
      float[] out = convolve(convolve(channel, w, h, kernel, true), w, h, kernel, false);
      for (int i = 0; i < channel.length; i++) {
        pixels[i] = (pixels[i] & ~(0xFF << shift)) | (Math.max(0, Math.min(255, Math.round(out[i]))) << shift);
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  private static float[] convolve(float[] in, int w, int h, double[] kernel, boolean horizontal) {
    int radius = kernel.length / 2;
    float[] out = new float[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double acc = 0;
        for (int k = -radius; k <= radius; k++) {
          int sx = horizontal ? Math.max(0, Math.min(w - 1, x + k)) : x;
          int sy = horizontal ? y : Math.max(0, Math.min(h - 1, y + k));
          acc += kernel[k + radius] * in[sy * w + sx];
        }
        out[y * w + x] = (float) acc;
      }
    }
    return out;
  }
}
