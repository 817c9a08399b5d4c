package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Measures the descriptor agreement of {@code liveness.actions} on the dev sets: cosine similarities of
 * same-session same-person pairs (NUAA real frames of one subject and session; the normal and zoomed photo
 * of each real selfie session) and of different-person pairs (LFW photos of different identities; NUAA
 * real frames of different subjects), for dlib's plain descriptor and for the chip-and-mirror mean, and
 * the share of each kind under (disagreeing) each candidate limit. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.FrameAgreementEvaluation}.
 */
public final class FrameAgreementEvaluation {
  private static final double[] LIMITS = {0.75, 0.80, 0.85, 0.88, 0.90, 0.92};

  private FrameAgreementEvaluation() {}

  /** Reads the sets and prints one table per scoring. */
  public static void main(String[] args) throws IOException {
    DataFolder data = DataFolder.locate();
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      Path nuaa = data.require(DataSet.NUAA_PRINT_ATTACK);
      Path selfies = data.require(DataSet.SELFIE_LIVENESS_PAIRS);
      Path lfw = data.require(DataSet.LFW_FACES);
      List<Labelled> nuaaReal = read(recognizer, nuaa, FaceMatchEvaluation.labels(nuaa.resolve("labels.csv"), "subject",
          "label=real"));
      List<Labelled> nuaaSessions = read(recognizer, nuaa, sessions(nuaa));
      List<Labelled> lfwPhotos = read(recognizer, lfw, FaceMatchEvaluation.labels(lfw.resolve("labels.csv"), "identity", ""));
      List<Labelled> normal = read(recognizer, selfies, selfies(selfies, 0));
      List<Labelled> zoomed = read(recognizer, selfies, selfies(selfies, 1));
      for (String scoring : List.of("plain", "mirror")) {
        ToDoubleBiFunction<FaceReading, FaceReading> score = scoring.equals("plain") ? Scorings::cosinePlain
            : Scorings::cosineAveraged;
        Map<String, List<Double>> pairs = new LinkedHashMap<>();
        pairs.put("same: NUAA real, one subject and session", pairs(nuaaSessions, true, score));
        List<Double> selfiePairs = new ArrayList<>();
        for (int i = 0; i < normal.size(); i++) {
          selfiePairs.add(score.applyAsDouble(normal.get(i).reading(), zoomed.get(i).reading()));
        }
        pairs.put("same: selfie real, normal vs zoomed", selfiePairs);
        pairs.put("same: NUAA real, one subject, any session (a bound for pose and light changes)",
            pairs(nuaaReal, true, score));
        pairs.put("same: LFW identities, other photos (a bound for pose and expression changes)",
            pairs(lfwPhotos, true, score));
        pairs.put("different: LFW identities", pairs(lfwPhotos, false, score));
        pairs.put("different: NUAA real, subjects", pairs(nuaaReal, false, score));
        print(scoring, pairs);
      }
    }
  }

  private record Labelled(String group, FaceReading reading) {}

  private static List<Labelled> read(FaceRecognizer recognizer, Path root, List<String[]> rows) throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (String[] row : rows) {
      FaceReading reading = recognizer.read(LfwFaces.load(root.resolve(row[0])));
      if (reading.embedding().isPresent()) {
        out.add(new Labelled(row[1], reading));
      } else {
        System.out.println("no usable face: " + row[0]);
      }
    }
    return out;
  }

  /** NUAA real frames labelled subject/session. */
  private static List<String[]> sessions(Path nuaa) throws IOException {
    List<String[]> subjects = FaceMatchEvaluation.labels(nuaa.resolve("labels.csv"), "subject", "label=real");
    List<String[]> sessions = FaceMatchEvaluation.labels(nuaa.resolve("labels.csv"), "session", "label=real");
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      out.add(new String[] {subjects.get(i)[0], subjects.get(i)[1] + "/" + sessions.get(i)[1]});
    }
    return out;
  }

  /** The normal (column 0) or zoomed (column 1) photo of each real selfie session, with the session. */
  private static List<String[]> selfies(Path selfies, int column) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(selfies.resolve("labels.csv")).stream().skip(1).toList()) {
      String[] cells = line.split(",", -1);
      if (cells.length > 3 && cells[2].equals("real")) {
        rows.add(new String[] {cells[column], cells[3]});
      }
    }
    return rows;
  }

  private static List<Double> pairs(List<Labelled> photos, boolean same,
      ToDoubleBiFunction<FaceReading, FaceReading> score) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < photos.size(); i++) {
      for (int j = i + 1; j < photos.size(); j++) {
        if (photos.get(i).group().equals(photos.get(j).group()) == same) {
          out.add(score.applyAsDouble(photos.get(i).reading(), photos.get(j).reading()));
        }
      }
    }
    return out;
  }

  private static void print(String scoring, Map<String, List<Double>> pairs) {
    System.out.println("\nscoring: " + scoring);
    StringBuilder head = new StringBuilder("| pairs | n | min | 1% | median | max |");
    for (double limit : LIMITS) {
      head.append(String.format(Locale.ROOT, " under %.2f |", limit));
    }
    System.out.println(head);
    pairs.forEach((name, scores) -> {
      List<Double> s = scores.stream().sorted().toList();
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |", name,
          s.size(), s.get(0), s.get(s.size() / 100), s.get(s.size() / 2), s.get(s.size() - 1)));
      for (double limit : LIMITS) {
        long under = s.stream().filter(v -> v < limit).count();
        row.append(String.format(Locale.ROOT, " %d/%d = %.3f |", under, s.size(), under / (double) s.size()));
      }
      System.out.println(row);
    });
  }
}
