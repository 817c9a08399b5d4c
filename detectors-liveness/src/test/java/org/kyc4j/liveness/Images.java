package org.kyc4j.liveness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.kyc4j.api.RgbImage;

/** Test images: encoders, camera-like noisy frames and synthetic renders drawn with Graphics2D. */
final class Images {
  private Images() {}

  /** Encodes as baseline JPEG at the given quality (0..1). */
  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
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

  /** Encodes as PNG (lossless). */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A camera-like frame: a smooth diagonal gradient plus Gaussian sensor noise of {@code sigma} grey levels. */
  static BufferedImage noisyGradient(int width, int height, double sigma, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double base = 60 + 120.0 * (x + y) / (width + height);
        int r = clamp(base + 20 + sigma * random.nextGaussian());
        int g = clamp(base + sigma * random.nextGaussian());
        int b = clamp(base - 20 + sigma * random.nextGaussian());
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return image;
  }

  /**
   * A synthetic render: a flat or gradient background, random shapes, lines and triangles, and a cartoon
   * face; {@code frame} moves the face, so consecutive frames of one seed differ like an animation.
   */
  static BufferedImage render(int width, int height, long seed, int frame) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    if (random.nextBoolean()) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }
    background(g, random, width, height);
    int shapes = 2 + random.nextInt(8);
    for (int i = 0; i < shapes; i++) {
      shape(g, random, width, height);
    }
    int cx = width / 2 + 3 * frame;
    int cy = height / 2 + frame % 3;
    g.setColor(new Color(200, 160, 130));
    g.fillOval(cx - 80, cy - 100, 160, 200);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(cx - 45, cy - 40, 25, 12 - frame % 2 * 8);
    g.fillOval(cx + 20, cy - 40, 25, 12 - frame % 2 * 8);
    g.fillArc(cx - 30, cy + 30, 60, 30, 180, 180);
    g.dispose();
    return image;
  }

  /** Black and white pixels at random. */
  static BufferedImage binaryNoise(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextBoolean() ? 0xFFFFFF : 0x000000);
      }
    }
    return image;
  }

  /** Converts an RgbImage back into a BufferedImage, for re-encoding. */
  static BufferedImage toBuffered(RgbImage rgb) {
    BufferedImage image = new BufferedImage(rgb.width(), rgb.height(), BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, rgb.width(), rgb.height(), rgb.copyPixels(), 0, rgb.width());
    return image;
  }

  /** The image as PNG with a tEXt chunk after the header: other bytes, the same pixels. */
  static byte[] pngWithText(BufferedImage image, String keyword, String text) {
    byte[] png = png(image);
    byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
    int afterHeader = 33;
    byte[] out = new byte[png.length + chunk.capacity()];
    System.arraycopy(png, 0, out, 0, afterHeader);
    System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
    System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
    return out;
  }

  private static void background(Graphics2D g, Random random, int width, int height) {
    Color first = color(random);
    Color second = color(random);
    switch (random.nextInt(3)) {
      case 0 -> g.setColor(first);
      case 1 -> g.setPaint(new GradientPaint(0, 0, first, width, 0, second));
      default -> g.setPaint(new GradientPaint(random.nextInt(width), random.nextInt(height), first,
          random.nextInt(width), random.nextInt(height), second));
    }
    g.fillRect(0, 0, width, height);
  }

  private static void shape(Graphics2D g, Random random, int width, int height) {
    Color color = color(random);
    if (random.nextBoolean()) {
      g.setColor(color);
    } else {
      g.setPaint(new RadialGradientPaint(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(200),
          new float[] {0f, 1f}, new Color[] {color, color(random)}));
    }
    int x = random.nextInt(width);
    int y = random.nextInt(height);
    int w = 20 + random.nextInt(width / 2);
    int h = 20 + random.nextInt(height / 2);
    switch (random.nextInt(4)) {
      case 0 -> g.fillOval(x - w / 2, y - h / 2, w, h);
      case 1 -> g.fillRect(x - w / 2, y - h / 2, w, h);
      case 2 -> {
        g.setStroke(new BasicStroke(1 + random.nextInt(6)));
        g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
      }
      default -> g.fillPolygon(new int[] {x, x + w, random.nextInt(width)},
          new int[] {y, y + h / 3, random.nextInt(height)}, 3);
    }
  }

  private static Color color(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
