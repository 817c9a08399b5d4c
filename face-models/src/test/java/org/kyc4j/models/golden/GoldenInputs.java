package org.kyc4j.models.golden;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * The model inputs of the golden tests: uint8 RGB rasters (row-major, 3 bytes per pixel) of exactly
 * a model's input size, built the same way when the reference outputs are made (tools/golden) and
 * when Java checks them. Two kinds: a synthetic pattern, and a real face photo of the dev data.
 */
public final class GoldenInputs {
  /** The real face used by every golden test, relative to the data folder. */
  public static final String FACE_PHOTO = "lfw_faces/images/Aaron_Peirsol/Aaron_Peirsol_0001.jpg";
  /** The crop of the face photo: LFW's 250x250 crops centre the face; 0.6 keeps the face and a margin. */
  public static final double FACE_CROP = 0.6;

  private GoldenInputs() {}

  /** A deterministic pattern with edges, gradients and all byte values: pixel (x, y), channel c. */
  public static byte[] synthetic(int width, int height) {
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        for (int c = 0; c < 3; c++) {
          rgb[(y * width + x) * 3 + c] = (byte) ((x * 7 + y * 13 + c * 59 + (x * y) % 31) % 256);
        }
      }
    }
    return rgb;
  }

  /**
   * A photo from the data folder: its centre square scaled by {@code crop} (1 = the whole short side),
   * resampled bilinearly to size x size. Skips the calling test when its data set is absent.
   */
  public static byte[] photo(String relative, double crop, int size) {
    Path file = dataFile(relative);
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      return resample(image, crop, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resample(BufferedImage image, double crop, int size) {
    double side = Math.min(image.getWidth(), image.getHeight()) * crop;
    double left = (image.getWidth() - side) / 2;
    double top = (image.getHeight() - side) / 2;
    double step = side / size;
    byte[] rgb = new byte[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double sx = left + (x + 0.5) * step - 0.5;
        double sy = top + (y + 0.5) * step - 0.5;
        for (int c = 0; c < 3; c++) {
          rgb[(y * size + x) * 3 + c] = (byte) Math.round(bilinear(image, sx, sy, c));
        }
      }
    }
    return rgb;
  }

  private static double bilinear(BufferedImage image, double sx, double sy, int channel) {
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    double fx = sx - x0;
    double fy = sy - y0;
    double top = sample(image, x0, y0, channel) * (1 - fx) + sample(image, x0 + 1, y0, channel) * fx;
    double bottom = sample(image, x0, y0 + 1, channel) * (1 - fx) + sample(image, x0 + 1, y0 + 1, channel) * fx;
    return top * (1 - fy) + bottom * fy;
  }

  private static int sample(BufferedImage image, int x, int y, int channel) {
    int cx = Math.max(0, Math.min(image.getWidth() - 1, x));
    int cy = Math.max(0, Math.min(image.getHeight() - 1, y));
    return (image.getRGB(cx, cy) >> (16 - 8 * channel)) & 0xff;
  }

  /** The data folder, as {@link DataFolder#locate()} finds it. */
  public static Path dataDir() {
    return DataFolder.locate().path();
  }

  /**
   * A file of the data folder by its path there, whose first part names the data set; skips the
   * calling test (or fails it, when data is required) when that set is absent.
   */
  public static Path dataFile(String relative) {
    Path path = Path.of(relative);
    Path set = DataSets.require(DataSet.ofFolderName(path.getName(0).toString()));
    return set.resolve(path.subpath(1, path.getNameCount()).toString());
  }

  /** Returns the lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the inputs tools/golden reads: for each size given, {@code synthetic-S.rgb} and
   * {@code face-S.rgb}. Arguments: output folder, then sizes (for example 256 192 64 150).
   */
  public static void main(String[] args) throws IOException {
    Path out = Files.createDirectories(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      Files.write(out.resolve("synthetic-" + size + ".rgb"), synthetic(size, size));
      Files.write(out.resolve("face-" + size + ".rgb"), photo(FACE_PHOTO, FACE_CROP, size));
    }
  }
}
