package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kyc4j.api.RgbImage;
import org.kyc4j.benchmarks.Wilson;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Measures the eye openness signal of the blink rule. On {@code eye_state_crops} (single-eye crops,
 * open or closed): the iris model's eyelid ratio of each crop as it is and mirrored, with per class
 * median and 5/95th percentiles, AUC, EER, and the error rates at absolute thresholds. On whole faces
 * with open eyes ({@code nuaa_print_attack} real frames, {@code lfw_faces}, {@code selfie_liveness_pairs}
 * real photos): the iris ratio through the full path (mesh, eye crops, iris) beside the face mesh's
 * six-point eye aspect ratio of the same faces. Prints Markdown; counts come with 95% Wilson intervals.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.EyeOpennessEvaluation}
 */
public final class EyeOpennessEvaluation {
  private static final double[] THRESHOLDS = {0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20};
  private static final double[] DROPS = {0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.60};
  private static final int[] MESH_RIGHT = {33, 160, 158, 133, 153, 144};
  private static final int[] MESH_LEFT = {362, 385, 387, 263, 373, 380};

  /** One crop: its label and the openness read on it as it is and mirrored. */
  record Crop(String file, boolean open, double plain, double mirrored) {
    double mean() {
      return (plain + mirrored) / 2;
    }
  }

  /**
   * One whole face with open eyes: its set, its group (the person: NUAA subject, selfie session, LFW
   * identity), the iris ratios and the mesh ratios of the right and left eye.
   */
  record Face(String set, String group, String file, double irisRight, double irisLeft, double meshRight, double meshLeft) {
    double iris() {
      return (irisRight + irisLeft) / 2;
    }

    double mesh() {
      return (meshRight + meshLeft) / 2;
    }
  }

  private EyeOpennessEvaluation() {}

  /** Runs the evaluation on the dev sets. */
  public static void main(String[] args) throws IOException {
    DataFolder data = DataFolder.locate();
    List<Crop> crops = new ArrayList<>();
    List<Face> faces = new ArrayList<>();
    long start = System.nanoTime();
    int[] unread = new int[1];
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      Path eyes = data.require(DataSet.EYE_STATE_CROPS);
      for (String[] row : LfwFaces.labels(eyes.resolve("labels.csv"))) {
        RgbImage crop = LfwFaces.load(eyes.resolve(row[0]));
        crops.add(new Crop(row[0], row[1].equals("open"), recognizer.eyeOpenness(crop),
            recognizer.eyeOpenness(mirror(crop))));
      }
      Path nuaa = data.require(DataSet.NUAA_PRINT_ATTACK);
      for (String[] row : LfwFaces.labels(nuaa.resolve("labels.csv"))) {
        if (row[1].equals("real")) {
          face(recognizer, "nuaa real frames", row[2], nuaa.resolve(row[0]), faces, unread);
        }
      }
      Path lfw = data.require(DataSet.LFW_FACES);
      for (String[] row : LfwFaces.labels(lfw.resolve("labels.csv"))) {
        face(recognizer, "lfw_faces", row[1], lfw.resolve(row[0]), faces, unread);
      }
      Path selfies = data.require(DataSet.SELFIE_LIVENESS_PAIRS);
      for (String[] row : LfwFaces.labels(selfies.resolve("labels.csv"))) {
        if (row[2].equals("real")) {
          face(recognizer, "selfie real photos", row[3], selfies.resolve(row[0]), faces, unread);
          face(recognizer, "selfie real photos", row[3], selfies.resolve(row[1]), faces, unread);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d crops and %d faces read in %.1f s (%d face photos without geometry, left out)%n%n",
        crops.size(), faces.size(), (System.nanoTime() - start) / 1e9, unread[0]);
    printCrops(crops, median(of(faces, Face::iris)));
    printFaces(faces);
  }

  private static void face(FaceRecognizer recognizer, String set, String group, Path file, List<Face> out,
      int[] unread)
      throws IOException {
    FaceReading reading = recognizer.locate(LfwFaces.load(file));
    if (reading.geometry().isEmpty()) {
      unread[0]++;
      return;
    }
    FaceGeometry g = reading.geometry().get();
    FaceLandmarks m = reading.landmarks().get();
    out.add(new Face(set, group, file.getFileName().toString(), g.rightEyeAspect(), g.leftEyeAspect(), meshAspect(m, MESH_RIGHT),
        meshAspect(m, MESH_LEFT)));
  }

  /** The face mesh's six-point eye aspect ratio (the blink signal before the iris model). */
  static double meshAspect(FaceLandmarks m, int[] p) {
    double lids = dist(m, p[1], p[5]) + dist(m, p[2], p[4]);
    double corners = dist(m, p[0], p[3]);
    return corners <= 0 ? 0 : lids / (2 * corners);
  }

  private static double dist(FaceLandmarks m, int i, int j) {
    return Math.hypot(m.x(i) - m.x(j), m.y(i) - m.y(j));
  }

  private static RgbImage mirror(RgbImage image) {
    int w = image.width();
    int[] pixels = image.copyPixels();
    int[] out = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      out[i] = pixels[(i / w) * w + (w - 1 - i % w)];
    }
    return RgbImage.adopt(w, image.height(), out);
  }

  private static void printCrops(List<Crop> crops, double faceBase) {
    System.out.println("## eye_state_crops (dev), iris eyelid ratio per crop\n");
    System.out.println("| reading | open n | open p5 / median / p95 | closed n | closed p5 / median / p95 | AUC | EER |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (String reading : List.of("as it is", "mirrored", "mean of both")) {
      PadRates r = cropRates(crops, reading);
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %d | %s | %.3f | %.3f |%n", reading, r.bonaFideCount(),
          spread(values(crops, reading, true)), r.attackCount(), spread(values(crops, reading, false)), r.auc(),
          r.equalErrorRate());
    }
    System.out.println("\nAbsolute thresholds on the crops as they are (closed when the ratio is at or below t):\n");
    System.out.println("| t | closed over t (blink missed) | open at or under t (open taken for closed) |");
    System.out.println("|---|---|---|");
    double[] open = values(crops, "as it is", true);
    double[] closed = values(crops, "as it is", false);
    for (double t : THRESHOLDS) {
      System.out.printf(Locale.ROOT, "| %.2f | %s | %s |%n", t, share(count(closed, t, false), closed.length),
          share(count(open, t, true), open.length));
    }
    double base = median(open);
    System.out.printf(Locale.ROOT, "%nRelative to an open baseline (closed when at most (1 - drop) x it): the open"
        + " crops' median %.3f, and (pessimistic: closed crops against the lower open level of whole faces) the open"
        + " faces' median %.3f:%n%n", base, faceBase);
    System.out.println("| drop | closed limit | closed over it (missed) | open at or under it (false closed) |"
        + " limit at face median | closed over it (missed) |");
    System.out.println("|---|---|---|---|---|---|");
    for (double d : DROPS) {
      double t = (1 - d) * base;
      double f = (1 - d) * faceBase;
      System.out.printf(Locale.ROOT, "| %.2f | %.3f | %s | %s | %.3f | %s |%n", d, t, share(count(closed, t, false),
          closed.length), share(count(open, t, true), open.length), f, share(count(closed, f, false), closed.length));
    }
    System.out.println();
  }

  private static void printFaces(List<Face> faces) {
    System.out.println("## whole faces with open eyes (dev)\n");
    System.out.println("| set | n | iris mean of eyes p5 / median / p95 | iris right / left median |"
        + " mesh EAR p5 / median / p95 | mesh right / left median |");
    System.out.println("|---|---|---|---|---|---|");
    List<String> sets = new ArrayList<>(faces.stream().map(Face::set).distinct().toList());
    sets.add("all");
    for (String set : sets) {
      List<Face> in = faces.stream().filter(f -> set.equals("all") || f.set().equals(set)).toList();
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f / %.3f | %s | %.3f / %.3f |%n", set, in.size(),
          spread(of(in, Face::iris)), median(of(in, Face::irisRight)), median(of(in, Face::irisLeft)),
          spread(of(in, Face::mesh)), median(of(in, Face::meshRight)), median(of(in, Face::meshLeft)));
    }
    double[] iris = of(faces, Face::iris);
    double[] mesh = of(faces, Face::mesh);
    System.out.println("\nOpen faces under a minimum open-eye ratio (the blink rule's open baseline floor):\n");
    System.out.println("| floor | iris under it | mesh EAR under it |");
    System.out.println("|---|---|---|");
    for (double t : THRESHOLDS) {
      System.out.printf(Locale.ROOT, "| %.2f | %s | %s |%n", t, share(under(iris, t), iris.length),
          share(under(mesh, t), mesh.length));
    }
    System.out.println("\nOpen frames that the blink rule would take for closed eyes, within one person: the movement"
        + " 1 - max(right, left) / median(mean of eyes) of each frame against its own person's frames"
        + " (NUAA: 20 real frames per subject over sessions and lighting; selfie: the 2 photos of a session):\n");
    System.out.println("| set | signal | frames | groups | p95 movement | max | " + dropHeader() + " |");
    System.out.println("|---|---|---|---|---|---|" + "---|".repeat(DROPS.length));
    for (String set : List.of("nuaa real frames", "selfie real photos")) {
      for (boolean useIris : new boolean[] {true, false}) {
        List<Face> in = faces.stream().filter(f -> f.set().equals(set)).toList();
        double[] moves = withinPerson(in, useIris);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f |", set,
            useIris ? "iris" : "mesh EAR", moves.length, in.stream().map(Face::group).distinct().count(),
            quantile(moves, 0.95), quantile(moves, 1.0)));
        for (double d : DROPS) {
          line.append(' ').append(share((int) Arrays.stream(moves).filter(m -> m >= d).count(), moves.length)).append(" |");
        }
        System.out.println(line);
      }
    }
    System.out.println();
  }

  private static int under(double[] v, double t) {
    return (int) Arrays.stream(v).filter(x -> x < t).count();
  }

  private static String dropHeader() {
    return String.join(" | ", Arrays.stream(DROPS).mapToObj(d -> String.format(Locale.ROOT, "at or over %.2f", d)).toList());
  }

  /** Each face's blink movement against the median of its own group (person), as the blink rule computes it. */
  private static double[] withinPerson(List<Face> faces, boolean iris) {
    List<Double> out = new ArrayList<>();
    for (String group : faces.stream().map(Face::group).distinct().toList()) {
      List<Face> in = faces.stream().filter(f -> f.group().equals(group)).toList();
      double base = median(of(in, iris ? Face::iris : Face::mesh));
      for (Face f : in) {
        double more = iris ? Math.max(f.irisRight(), f.irisLeft()) : Math.max(f.meshRight(), f.meshLeft());
        out.add(1 - more / base);
        if (1 - more / base >= DROPS[0]) {
          System.out.printf(Locale.ROOT, "  %s %s %s: movement %.3f (%s)%n", f.set(), group, f.file(), 1 - more / base,
              iris ? "iris" : "mesh EAR");
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] of(List<Face> faces, java.util.function.ToDoubleFunction<Face> f) {
    return faces.stream().mapToDouble(f).toArray();
  }

  private static PadRates cropRates(List<Crop> crops, String reading) {
    return new PadRates(box(values(crops, reading, true)), box(values(crops, reading, false)));
  }

  private static List<Double> box(double[] v) {
    return Arrays.stream(v).boxed().toList();
  }

  private static double[] values(List<Crop> crops, String reading, boolean open) {
    return crops.stream().filter(c -> c.open() == open).mapToDouble(c -> switch (reading) {
      case "as it is" -> c.plain();
      case "mirrored" -> c.mirrored();
      default -> c.mean();
    }).toArray();
  }

  /** Values at or under t ({@code atOrUnder}), else over t. */
  private static int count(double[] v, double t, boolean atOrUnder) {
    return (int) Arrays.stream(v).filter(x -> atOrUnder == (x <= t)).count();
  }

  static double median(double[] v) {
    return quantile(v, 0.5);
  }

  static double quantile(double[] v, double q) {
    double[] s = v.clone();
    Arrays.sort(s);
    double at = q * (s.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (at - lo) * (s[hi] - s[lo]);
  }

  private static String spread(double[] v) {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", quantile(v, 0.05), quantile(v, 0.5), quantile(v, 0.95));
  }

  /** {@code k/n = p} with its 95% Wilson interval. */
  static String share(int k, int n) {
    double[] ci = Wilson.interval(k, n);
    return String.format(Locale.ROOT, "%d/%d = %.3f [%.3f, %.3f]", k, n, k / (double) n, ci[0], ci[1]);
  }
}
