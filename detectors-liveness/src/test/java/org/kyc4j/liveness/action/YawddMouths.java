package org.kyc4j.liveness.action;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * The mouth openings the face mesh reads on the real YawDD dev frames ({@code yawdd_yawn_frames},
 * labels.csv: file, label), read once per test run and shared by the tests that need them.
 */
final class YawddMouths {
  /** One frame: its file, whether it is labelled a yawn, and the mouth opening (NaN when no face geometry). */
  record Frame(String file, boolean yawn, double mouth) {}

  private static List<Frame> frames;

  private YawddMouths() {}

  /** Returns every labelled frame's reading (skips the test when the set is absent). */
  static synchronized List<Frame> frames() {
    if (frames == null) {
      frames = read(DataSets.require(DataSet.YAWDD_YAWN_FRAMES));
    }
    return frames;
  }

  /** The readable mouth openings of one label, in labels.csv order. */
  static List<Double> mouths(boolean yawn) {
    return frames().stream().filter(f -> f.yawn() == yawn && !Double.isNaN(f.mouth())).map(Frame::mouth).toList();
  }

  private static List<Frame> read(Path root) {
    List<Frame> out = new ArrayList<>();
    try (FaceRecognizer recognizer = FaceRecognizer.open(); Stream<String> lines = Files.lines(root.resolve("labels.csv"))) {
      for (String line : lines.skip(1).filter(l -> !l.isBlank()).toList()) {
        String[] row = line.split(",", -1);
        FaceReading reading = recognizer.read(decode(root.resolve(row[0])));
        double mouth = reading.geometry().map(g -> g.mouthOpening()).orElse(Double.NaN);
        out.add(new Frame(row[0], row[1].equals("yawn"), mouth));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static RgbImage decode(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("not an image: " + file);
    }
    return RgbImage.of(image.getWidth(), image.getHeight(),
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
  }
}
