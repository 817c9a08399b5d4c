package org.kyc4j.liveness.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;

/** Test helper: RGB rasters and images to and from files, to look at chips and crops by eye. */
final class ChipPng {
  private ChipPng() {}

  /** Saves a row-major RGB byte raster of {@code width x height} as a PNG, creating folders. */
  static void save(byte[] rgb, int width, int height, Path file) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < width * height; i++) {
      int p = ((rgb[3 * i] & 0xFF) << 16) | ((rgb[3 * i + 1] & 0xFF) << 8) | (rgb[3 * i + 2] & 0xFF);
      image.setRGB(i % width, i / width, p);
    }
    write(image, file);
  }

  /** Saves an image as a PNG, creating folders. */
  static void save(RgbImage rgb, Path file) {
    BufferedImage image = new BufferedImage(rgb.width(), rgb.height(), BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, rgb.width(), rgb.height(), rgb.copyPixels(), 0, rgb.width());
    write(image, file);
  }

  /** Reads an image file into an RgbImage. */
  static RgbImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      int w = image.getWidth();
      int h = image.getHeight();
      return RgbImage.adopt(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(BufferedImage image, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
