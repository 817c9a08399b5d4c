package org.kyc4j.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testing.TestImages;

/**
 * Readers of the shared real-photo data sets' files: label CSVs and images. Tests find the sets
 * through {@link org.kyc4j.testing.DataSets#require}, which skips them when a set is absent.
 */
final class TestData {
  private TestData() {}

  /** Reads a CSV file with a header row and no quoted commas into rows keyed by column name. */
  static List<Map<String, String>> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] header = lines.get(0).split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? cells[i] : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an image file as the engine would decode it: RGB, alpha flattened on white. */
  static RgbImage image(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IOException("no ImageIO reader for " + file);
      }
      return rgb(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Converts a BufferedImage to an RgbImage, flattening alpha on white. */
  static RgbImage rgb(BufferedImage image) {
    return TestImages.flattenedOnWhite(image);
  }
}
