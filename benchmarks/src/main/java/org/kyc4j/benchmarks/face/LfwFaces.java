package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;

/**
 * Reads a labelled face set ({@code labels.csv}: file, identity, role, with a header) and its photos.
 * Stateless; the methods are thread-safe.
 */
public final class LfwFaces {
  /** One photo's label and its unit-length embedding (null when no usable face was found). */
  public record Photo(String file, String identity, String role, float[] embedding) {}

  private LfwFaces() {}

  /** Reads every photo of a face set with one {@link FaceRecognizer}, in the order of its labels. */
  public static List<Photo> read(Path folder) throws IOException {
    List<String[]> labels = labels(folder.resolve("labels.csv"));
    List<Photo> photos = new ArrayList<>();
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      for (String[] label : labels) {
        FaceReading reading = recognizer.read(load(folder.resolve(label[0])));
        float[] embedding = reading.embedding().map(e -> unit(e.values())).orElse(null);
        photos.add(new Photo(label[0], label[1], label[2], embedding));
      }
    }
    return photos;
  }

  /** Returns the rows of a labels file after its header, each split at commas. */
  static List<String[]> labels(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  /** Loads a photo with ImageIO as an opaque RGB image. */
  static RgbImage load(Path file) throws IOException {
    var image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("not an image: " + file);
    }
    // adopt drops the alpha byte itself
    return RgbImage.adopt(image.getWidth(), image.getHeight(),
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * (double) x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(sum));
    }
    return out;
  }
}
