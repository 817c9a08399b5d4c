package org.kyc4j.cli;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small image helpers of the sample generator: JPEG encoding, reading, camera-like noise. Stateless. */
final class Images {
  private static final int NOISE_TABLE = 1 << 16;

  private Images() {}

  /** Encodes an RGB image as a baseline JPEG of the given quality (0..1). */
  static byte[] jpeg(BufferedImage image, float quality) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("JPEG needs a TYPE_INT_RGB image, got type " + image.getType());
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this Java runtime has no JPEG writer");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding into memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Reads an image file into a TYPE_INT_RGB image. */
  static BufferedImage read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException(file + " is not an image this Java runtime can read");
    }
    return rgb(image);
  }

  /** Returns the image as TYPE_INT_RGB (itself when it already is). */
  static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = copy.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return copy;
  }

  /**
   * Multiplies every channel by {@code gain} and adds Gaussian noise of {@code sigma} levels, as a
   * camera sensor would; modifies the image in place. The noise is drawn from a table of Gaussian
   * values that the random source fills and indexes, which is fast and as repeatable as the source.
   */
  static void addNoise(BufferedImage image, Random random, double sigma, double gain) {
    double[] gaussians = new double[NOISE_TABLE];
    for (int i = 0; i < gaussians.length; i++) {
      gaussians[i] = random.nextGaussian() * sigma;
    }
    long state = random.nextLong() | 1;
    int[] pixels = ((DataBufferInt) rgbOnly(image).getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      int p = pixels[i];
      int r = level(((p >> 16) & 0xFF) * gain + gaussians[(int) (state & (NOISE_TABLE - 1))]);
      int g = level(((p >> 8) & 0xFF) * gain + gaussians[(int) ((state >>> 20) & (NOISE_TABLE - 1))]);
      int b = level((p & 0xFF) * gain + gaussians[(int) ((state >>> 40) & (NOISE_TABLE - 1))]);
      pixels[i] = (r << 16) | (g << 8) | b;
    }
  }

  private static BufferedImage rgbOnly(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("noise needs a TYPE_INT_RGB image, got type " + image.getType());
    }
    return image;
  }

  private static int level(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
