package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.passive.MiniFasNetPair;
import org.kyc4j.liveness.passive.PassiveCues;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.ModelFolder;

/**
 * Fits the passive liveness fusion on the dev sets and evaluates it honestly: grouped 5-fold
 * cross-validation (groups: NUAA subject, selfie session, celeba photo, wolf run of 25 crops) and
 * leave-one-set-out; prints per-cue AUC, the bona fide quantiles for thresholds, and APCER / BPCER with
 * 95% Wilson intervals per capture kind and level, as Markdown; with {@code --write FILE} writes the
 * coefficients fitted on all dev data, with provenance, as the detector's resource.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.PassiveFusionFit
 * [--write detectors-liveness/src/main/resources/org/kyc4j/liveness/passive/passive-fusion.properties]}
 */
public final class PassiveFusionFit {
  static final int FOLDS = 5;
  static final double LAMBDA = 1.0;
  static final String COMMAND = "java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.PassiveFusionFit"
      + " --write detectors-liveness/src/main/resources/org/kyc4j/liveness/passive/passive-fusion.properties";
  static final Map<String, String> ROWS = rows();

  /** The cues of the one-frame model (of {@link PassiveCues#frameCueNames()}); {@code -Dfeatures=a,b} overrides. */
  static final List<String> FEATURES = List.of(System.getProperty("features", "texture_logit,moire,frame_moire,saturation")
      .split(","));

  /** Selects the model's columns of a photo's cues. */
  static double[] select(double[] cues) {
    double[] x = new double[FEATURES.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = cues[PassiveCues.frameCueNames().indexOf(FEATURES.get(i))];
    }
    return x;
  }

  /** Fused coefficients: one-frame and two-frame (intercept first). */
  record Model(double[] one, double[] two) {
    double oneFrame(FusionData.Capture c) {
      double z = Double.POSITIVE_INFINITY;
      for (FusionData.Photo p : c.photos()) {
        z = Math.min(z, LogisticFit.logit(one, select(p.x())));
      }
      return z;
    }

    double score(FusionData.Capture c) {
      double z = oneFrame(c);
      return LogisticFit.sigmoid(c.twoFrame() ? LogisticFit.logit(two, new double[] {z,
          c.parallax().get("log_residual")}) : z);
    }
  }

  private PassiveFusionFit() {}

  /** Runs the fit and the evaluation. */
  public static void main(String[] args) throws IOException {
    Path write = option(args, "--write");
    Path cache = option(args, "--cache");
    List<FusionData.Capture> captures;
    if (cache != null && Files.exists(cache)) {
      captures = FusionData.load(cache);
    } else {
      captures = measure();
      if (cache != null) {
        FusionData.save(captures, cache);
      }
    }
    List<FusionData.Photo> photos = captures.stream().filter(c -> c.photos().size() == 1)
        .map(c -> c.photos().get(0)).toList();
    System.out.println("one-frame features: " + FEATURES + "; photos " + photos.size());
    Model all = fit(photos, captures, p -> true);
    Map<FusionData.Capture, Double> cv = crossValidated(photos, captures);
    Map<FusionData.Capture, Double> loso = leaveOneSetOut(photos, captures);
    FusionReport.cues(captures, all, cv, loso);
    FusionReport.quantiles(captures, cv);
    FusionReport.levels(captures, cv, loso);
    FusionReport.coefficients(all);
    if (write != null) {
      Files.writeString(write, properties(all, photos, captures));
      System.out.println("wrote " + write);
    }
  }

  private static List<FusionData.Capture> measure() throws IOException {
    Path models = ModelFolder.locate().find("minifasnet").orElseThrow(
        () -> new IllegalStateException(ModelFolder.locate().absence("minifasnet")));
    Map<String, Integer> missing = new TreeMap<>();
    List<FusionData.Photo> photos;
    try (FaceRecognizer recognizer = FaceRecognizer.open(); MiniFasNetPair pair = MiniFasNetPair.open(models)) {
      photos = FusionData.photos(DataFolder.locate(), recognizer, pair, missing);
    }
    System.out.println("photos with a face: " + photos.size() + "; without (left out): " + missing);
    return FusionData.captures(photos);
  }

  private static Path option(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Path.of(args[i + 1]);
      }
    }
    return null;
  }

  /** Fits both models on the photos and captures {@code in} accepts ({family, CV group}). */
  static Model fit(List<FusionData.Photo> photos, List<FusionData.Capture> captures,
      java.util.function.Predicate<String[]> in) {
    double[] one = fitOneFrame(photos, in);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (FusionData.Capture c : captures) {
      if (c.twoFrame() && in.test(new String[] {c.family(), c.group()})) {
        x.add(new double[] {new Model(one, null).oneFrame(c), c.parallax().get("log_residual")});
        y.add(c.live());
        w.add(1.0);
      }
    }
    double[] two = x.size() < 4 ? new double[] {0, 1, 0} : LogisticFit.fit(x, y, w, LAMBDA);
    return new Model(one, two);
  }

  /** The one-frame model on every accepted photo, each set family weighted equally. */
  private static double[] fitOneFrame(List<FusionData.Photo> photos, java.util.function.Predicate<String[]> in) {
    List<FusionData.Photo> kept = photos.stream().filter(p -> in.test(new String[] {p.family(), p.group()})).toList();
    Map<String, Integer> perFamily = new HashMap<>();
    kept.forEach(p -> perFamily.merge(p.family(), 1, Integer::sum));
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (FusionData.Photo p : kept) {
      x.add(select(p.x()));
      y.add(p.live());
      w.add(kept.size() / (double) (perFamily.size() * perFamily.get(p.family())));
    }
    return LogisticFit.fit(x, y, w, LAMBDA);
  }

  static int fold(String group) {
    return Math.floorMod(group.hashCode(), FOLDS);
  }

  private static Map<FusionData.Capture, Double> crossValidated(List<FusionData.Photo> photos,
      List<FusionData.Capture> captures) {
    Map<FusionData.Capture, Double> out = new HashMap<>();
    for (int f = 0; f < FOLDS; f++) {
      int held = f;
      Model m = fit(photos, captures, k -> fold(k[1]) != held);
      captures.stream().filter(c -> fold(c.group()) == held).forEach(c -> out.put(c, m.score(c)));
    }
    return out;
  }

  private static Map<FusionData.Capture, Double> leaveOneSetOut(List<FusionData.Photo> photos,
      List<FusionData.Capture> captures) {
    Map<FusionData.Capture, Double> out = new HashMap<>();
    for (String family : List.of("nuaa", "selfie", "celeba", "wolf")) {
      Model m = fit(photos, captures, k -> !k[0].equals(family));
      captures.stream().filter(c -> c.family().equals(family)).forEach(c -> out.put(c, m.score(c)));
    }
    return out;
  }

  private static String properties(Model m, List<FusionData.Photo> photos, List<FusionData.Capture> captures) {
    StringBuilder s = new StringBuilder();
    s.append("# liveness.passive fusion coefficients (logistic regression, raw features; intercept first).\n");
    s.append("# Fitted on the dev parts of nuaa_print_attack, selfie_liveness_pairs, pad_extra (celeba, wolf);\n");
    s.append("# one-frame: every photo, each set weighted equally, L2 ").append(LAMBDA).append(" on standardised features;\n");
    s.append("# two-frame: the selfie pairs and NUAA session pairs with a viewpoint change.\n");
    s.append("# Reproduce: mvn -B -q -o -DskipTests package && ").append(COMMAND).append('\n');
    s.append("version=1\n");
    s.append("fitted=").append(LocalDate.now(ZoneOffset.UTC)).append('\n');
    s.append("sets=nuaa_print_attack dev, selfie_liveness_pairs dev, pad_extra dev (celeba, wolf)\n");
    s.append("one.n=").append(photos.size()).append('\n');
    s.append("two.n=").append(captures.stream().filter(FusionData.Capture::twoFrame).count()).append('\n');
    s.append(String.format(Locale.ROOT, "one.intercept=%.6f%n", m.one()[0]));
    s.append("one.features=").append(String.join(",", FEATURES)).append('\n');
    List<String> names = FEATURES;
    for (int i = 0; i < names.size(); i++) {
      s.append(String.format(Locale.ROOT, "one.weight.%s=%.6f%n", names.get(i), m.one()[i + 1]));
    }
    s.append(String.format(Locale.ROOT, "two.intercept=%.6f%n", m.two()[0]));
    s.append(String.format(Locale.ROOT, "two.weight.one_frame_logit=%.6f%n", m.two()[1]));
    s.append(String.format(Locale.ROOT, "two.weight.log_parallax_residual=%.6f%n", m.two()[2]));
    return s.toString();
  }

  private static Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("nuaa", "nuaa_print_attack, one frame");
    rows.put("nuaa-pair", "nuaa_print_attack, session pair (2 frames)");
    rows.put("selfie-normal", "selfie pairs, normal photo alone");
    rows.put("selfie-zoomed", "selfie pairs, zoomed photo alone");
    rows.put("selfie-pair", "selfie pairs, two-frame capture");
    rows.put("celeba", "pad_extra celeba (prints, posters)");
    rows.put("wolf", "pad_extra wolf (screen replays)");
    return rows;
  }

  static PadRates rates(List<FusionData.Capture> captures, String row, ToDoubleFunction<FusionData.Capture> score) {
    List<Double> live = new ArrayList<>();
    List<Double> attack = new ArrayList<>();
    for (FusionData.Capture c : captures) {
      if (c.row().equals(row)) {
        double s = score.applyAsDouble(c);
        if (Double.isFinite(s)) {
          (c.live() ? live : attack).add(s);
        }
      }
    }
    return new PadRates(live, attack);
  }
}
