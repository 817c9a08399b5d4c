package org.kyc4j.liveness.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.TestImages;

/**
 * The iris model's eyelid ratio of each real dev crop of {@code eye_state_crops} (labels.csv: file,
 * label), each crop read as it is ({@link FaceRecognizer#eyeOpenness}), once per test run and shared by
 * the tests that need it.
 */
final class EyeCrops {
  /** One crop: its file, whether it is labelled open, and the openness read on it. */
  record Crop(String file, boolean open, double openness) {}

  private static List<Crop> crops;

  private EyeCrops() {}

  /** Returns every labelled crop's reading (skips the test when the set is absent). */
  static synchronized List<Crop> crops() {
    if (crops == null) {
      crops = read(DataSets.require(DataSet.EYE_STATE_CROPS));
    }
    return crops;
  }

  /** The openness of one label's crops, in labels.csv order. */
  static List<Double> openness(boolean open) {
    return crops().stream().filter(c -> c.open() == open).map(Crop::openness).toList();
  }

  /** The median openness of the open crops: the open baseline the relative blink rule is measured against. */
  static double openMedian() {
    return ActionTrack.median(openness(true).stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static List<Crop> read(Path root) {
    List<Crop> out = new ArrayList<>();
    try (FaceRecognizer recognizer = FaceRecognizer.open(); Stream<String> lines = Files.lines(root.resolve("labels.csv"))) {
      for (String line : lines.skip(1).filter(l -> !l.isBlank()).toList()) {
        String[] row = line.split(",", -1);
        out.add(new Crop(row[0], row[1].equals("open"), recognizer.eyeOpenness(TestImages.read(root.resolve(row[0])))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

}
