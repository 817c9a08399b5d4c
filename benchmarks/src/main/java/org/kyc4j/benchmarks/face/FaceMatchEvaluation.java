package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.kyc4j.api.Level;
import org.kyc4j.liveness.face.FaceMatchPolicy;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * The face match evaluation on a labelled face set ({@code labels.csv}: file, identity, role): every
 * photo is read once, then every mated pair (same identity) and every non-mated pair is scored.
 * Prints TAR at FAR 1e-2, 1e-3 and 1e-4, the equal error rate and the failure to detect as a
 * Markdown table for several scorings, and draws their DET curves as a PNG.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.FaceMatchEvaluation
 * ../shared/data/lfw_faces docs/face-det-lfw.png [IDENTITY_COLUMN [COLUMN=VALUE]]}, for example
 * {@code ../shared/data/nuaa_print_attack docs/face-det-nuaa.png subject label=real}.
 */
public final class FaceMatchEvaluation {
  private static final double[] FARS = {1e-2, 1e-3, 1e-4};

  private FaceMatchEvaluation() {}

  /** Runs the evaluation: arguments are the face set folder (default: the data folder's lfw_faces) and the PNG to write. */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : DataFolder.locate().require(DataSet.LFW_FACES);
    Path png = Path.of(args.length > 1 ? args[1] : "docs/face-det-lfw.png");
    List<String[]> labels = labels(folder.resolve("labels.csv"), args.length > 2 ? args[2] : "identity",
        args.length > 3 ? args[3] : "");
    List<FaceReading> readings = new ArrayList<>();
    long start = System.nanoTime();
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      for (String[] label : labels) {
        readings.add(recognizer.read(LfwFaces.load(folder.resolve(label[0]))));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long undetected = readings.stream().filter(r -> r.embedding().isEmpty()).count();
    System.out.printf(Locale.ROOT, "%d photos of %s read in %.1f s; no face in %d%n", readings.size(), folder,
        seconds, undetected);
    Map<String, ErrorRates> curves = new LinkedHashMap<>();
    curves.put("cosine, chip and mirror averaged", score(labels, readings, Scorings::cosineAveraged));
    curves.put("cosine, chip only", score(labels, readings, Scorings::cosinePlain));
    curves.put("euclidean, chip and mirror averaged", score(labels, readings, Scorings::euclideanAveraged));
    printTable(curves, undetected, readings.size());
    printPolicy(curves.values().iterator().next());
    DetPlot.write(curves, "DET: dlib ResNet on " + folder.getFileName() + " (" + readings.size() + " photos)", png);
    System.out.println("DET curve written to " + png);
  }

  private static ErrorRates score(List<String[]> labels, List<FaceReading> readings,
      ToDoubleBiFunction<FaceReading, FaceReading> scoring) {
    List<Double> mated = new ArrayList<>();
    List<Double> nonMated = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        double s = readings.get(i).embedding().isPresent() && readings.get(j).embedding().isPresent()
            ? scoring.applyAsDouble(readings.get(i), readings.get(j)) : Double.NaN;
        (labels.get(i)[1].equals(labels.get(j)[1]) ? mated : nonMated).add(s);
      }
    }
    return new ErrorRates(mated.stream().mapToDouble(Double::doubleValue).toArray(),
        nonMated.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void printTable(Map<String, ErrorRates> curves, long undetected, int photos) {
    ErrorRates any = curves.values().iterator().next();
    System.out.printf(Locale.ROOT, "%n%d mated pairs, %d non-mated pairs; failure to detect %d of %d photos%n%n",
        any.matedPairs(), any.nonMatedPairs(), undetected, photos);
    System.out.println("| scoring | TAR @ FAR 1e-2 | TAR @ FAR 1e-3 | TAR @ FAR 1e-4 | EER | threshold @ 1e-2 / 1e-3 / 1e-4 |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, ErrorRates> curve : curves.entrySet()) {
      ErrorRates rates = curve.getValue();
      StringBuilder row = new StringBuilder("| " + curve.getKey() + " |");
      StringBuilder thresholds = new StringBuilder();
      for (double far : FARS) {
        double t = rates.thresholdAt(far);
        row.append(rates.resolves(far) ? String.format(Locale.ROOT, " %.4f |", rates.trueAcceptRate(t)) : " n/a |");
        thresholds.append(thresholds.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.4f", t));
      }
      row.append(String.format(Locale.ROOT, " %.2f%% | %s |", 100 * rates.equalErrorRate(), thresholds));
      System.out.println(row);
    }
  }

  /**
   * Returns {file, identity} per row of a labels file with a header: identity from the named column,
   * rows kept only when {@code filter} ({@code column=value}, or empty for all) holds.
   */
  static List<String[]> labels(Path csv, String identityColumn, String filter) throws IOException {
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int identity = column(header, identityColumn, csv);
    int filterColumn = filter.isEmpty() ? -1 : column(header, filter.substring(0, filter.indexOf('=')), csv);
    String wanted = filter.isEmpty() ? "" : filter.substring(filter.indexOf('=') + 1);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (!line.isBlank() && (filterColumn < 0 || cells[filterColumn].equals(wanted))) {
        rows.add(new String[] {cells[column(header, "file", csv)], cells[identity]});
      }
    }
    return rows;
  }

  private static int column(List<String> header, String name, Path csv) throws IOException {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IOException(csv + " has no column " + name + "; header: " + header);
    }
    return index;
  }

  /** TAR and FAR at the engine's own thresholds, and where the mated pairs' lowest scores lie. */
  private static void printPolicy(ErrorRates rates) {
    System.out.println("\n| level | threshold | TAR | FAR |");
    System.out.println("|---|---|---|---|");
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      double t = FaceMatchPolicy.THRESHOLDS.at(level);
      System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.2e |%n", level, t, rates.trueAcceptRate(t),
          rates.falseAcceptRate(t));
    }
    System.out.printf(Locale.ROOT, "%nmated similarity at FRR 0.5%%, 1%%, 2%%: %.4f, %.4f, %.4f%n",
        rates.matedQuantile(0.005), rates.matedQuantile(0.01), rates.matedQuantile(0.02));
  }
}
