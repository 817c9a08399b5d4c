package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.kyc4j.api.Level;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.passive.MiniFasNetPair;
import org.kyc4j.liveness.passive.PassiveLivenessPolicy;
import org.kyc4j.liveness.passive.TextureScore;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testdata.ModelFolder;

/**
 * Evaluates the passive liveness texture cue alone on the dev sets {@code nuaa_print_attack},
 * {@code selfie_liveness_pairs} and {@code pad_extra}: each photo's subject (BlazeFace) is scored by both
 * MiniFASNets at several box multipliers; prints AUC and EER per set and multiplier, the bona fide
 * quantiles, and APCER/BPCER of texture P(real) at each level's (fused) threshold, as Markdown. The fused
 * score the detector decides on is fitted and evaluated by {@link PassiveFusionFit}.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.kyc4j.benchmarks.face.PassiveLivenessEvaluation [MULTIPLIER]} (default: the detector's).
 */
public final class PassiveLivenessEvaluation {
  private static final double[] MULTIPLIERS = {1.0, 1.15, 1.3};
  private static final double[] SHARES = {0.01, 0.02, 0.05, 0.10, 0.20};

  /** One scored photo: its set, group (pair id for selfie pairs), whether it is bona fide, scores per multiplier. */
  record Sample(String set, String group, boolean live, TextureScore[] scores) {
    boolean face() {
      return scores != null;
    }
  }

  private PassiveLivenessEvaluation() {}

  /** Runs the evaluation; the optional argument is the box multiplier for the per-level table. */
  public static void main(String[] args) throws IOException {
    double chosen = args.length > 0 ? Double.parseDouble(args[0]) : PassiveLivenessPolicy.BOX_MULTIPLIER;
    DataFolder data = DataFolder.locate();
    Path models = ModelFolder.locate().find("minifasnet").orElseThrow(
        () -> new IllegalStateException(ModelFolder.locate().absence("minifasnet")));
    List<Sample> samples = new ArrayList<>();
    long start = System.nanoTime();
    try (FaceRecognizer recognizer = FaceRecognizer.open(); MiniFasNetPair pair = MiniFasNetPair.open(models)) {
      Scorer scorer = new Scorer(recognizer, pair);
      nuaa(data.require(DataSet.NUAA_PRINT_ATTACK), scorer, samples);
      selfies(data.require(DataSet.SELFIE_LIVENESS_PAIRS), scorer, samples);
      padExtra(data.require(DataSet.PAD_EXTRA), scorer, samples);
    }
    System.out.printf(Locale.ROOT, "%d photos scored in %.1f s%n%n", samples.size(), (System.nanoTime() - start) / 1e9);
    printSeparation(samples);
    printSpread(samples);
    int m = indexOf(chosen);
    printCalibration(samples, m);
    printLevels(samples, m);
  }

  /** Finds each photo's subject and scores it at every multiplier. */
  record Scorer(FaceRecognizer recognizer, MiniFasNetPair pair) {
    TextureScore[] score(Path file) throws IOException {
      RgbImage image = LfwFaces.load(file);
      FaceBox box = recognizer.locate(image).subject().orElse(null);
      if (box == null) {
        return null;
      }
      TextureScore[] out = new TextureScore[MULTIPLIERS.length];
      for (int i = 0; i < MULTIPLIERS.length; i++) {
        out[i] = pair.score(image, List.of(box), MULTIPLIERS[i]).get(0);
      }
      return out;
    }
  }

  private static void nuaa(Path folder, Scorer scorer, List<Sample> out) throws IOException {
    for (String[] row : LfwFaces.labels(folder.resolve("labels.csv"))) {
      out.add(new Sample("nuaa", row[2], row[1].equals("real"), scorer.score(folder.resolve(row[0]))));
    }
  }

  private static void selfies(Path folder, Scorer scorer, List<Sample> out) throws IOException {
    int pair = 0;
    for (String[] row : LfwFaces.labels(folder.resolve("labels.csv"))) {
      boolean live = row[2].equals("real");
      out.add(new Sample("selfie-normal", "pair" + pair, live, scorer.score(folder.resolve(row[0]))));
      out.add(new Sample("selfie-zoomed", "pair" + pair, live, scorer.score(folder.resolve(row[1]))));
      pair++;
    }
  }

  private static void padExtra(Path folder, Scorer scorer, List<Sample> out) throws IOException {
    for (String[] row : LfwFaces.labels(folder.resolve("labels.csv"))) {
      out.add(new Sample("pad-" + row[2], row[3], row[1].equals("real"), scorer.score(folder.resolve(row[0]))));
    }
  }

  /** The rows of every table: a name and the fused score of a sample list at multiplier m. */
  private static Map<String, PadRates> rows(List<Sample> samples, int m) {
    Map<String, PadRates> rows = new LinkedHashMap<>();
    rows.put("nuaa_print_attack (frames)", rates(samples, s -> s.set().equals("nuaa"), m));
    rows.put("selfie pairs, normal photo", rates(samples, s -> s.set().equals("selfie-normal"), m));
    rows.put("selfie pairs, zoomed photo", rates(samples, s -> s.set().equals("selfie-zoomed"), m));
    rows.put("selfie pairs, pair (lower)", pairs(samples, m, true));
    rows.put("selfie pairs, pair (mean)", pairs(samples, m, false));
    rows.put("pad_extra celeba (print/poster)", rates(samples, s -> s.set().equals("pad-celeba"), m));
    rows.put("pad_extra wolf (screen replay)", rates(samples, s -> s.set().equals("pad-wolf"), m));
    rows.put("calibration: NUAA + selfie images", rates(samples, s -> s.set().startsWith("nuaa")
        || s.set().startsWith("selfie"), m));
    return rows;
  }

  static PadRates rates(List<Sample> samples, Predicate<Sample> in, int m) {
    return rates(samples, in, s -> s.scores()[m].real());
  }

  static PadRates rates(List<Sample> samples, Predicate<Sample> in, ToDoubleFunction<Sample> score) {
    List<Double> live = new ArrayList<>();
    List<Double> attack = new ArrayList<>();
    for (Sample s : samples) {
      if (s.face() && in.test(s)) {
        (s.live() ? live : attack).add(score.applyAsDouble(s));
      }
    }
    return new PadRates(live, attack);
  }

  private static PadRates pairs(List<Sample> samples, int m, boolean lower) {
    List<Double> live = new ArrayList<>();
    List<Double> attack = new ArrayList<>();
    for (int i = 0; i < samples.size() - 1; i++) {
      Sample a = samples.get(i);
      Sample b = samples.get(i + 1);
      if (a.set().equals("selfie-normal") && b.set().equals("selfie-zoomed") && a.face() && b.face()) {
        double x = a.scores()[m].real();
        double y = b.scores()[m].real();
        (a.live() ? live : attack).add(lower ? Math.min(x, y) : (x + y) / 2);
      }
    }
    return new PadRates(live, attack);
  }

  private static void printSeparation(List<Sample> samples) {
    for (String set : List.of("nuaa", "selfie-normal", "selfie-zoomed", "pad-celeba", "pad-wolf")) {
      long none = samples.stream().filter(s -> s.set().equals(set) && !s.face()).count();
      long same = samples.stream().filter(s -> s.set().equals(set) && s.face()
          && s.scores()[0].equals(s.scores()[MULTIPLIERS.length - 1])).count();
      System.out.printf(Locale.ROOT, "%s: %d photos without a detected face (left out); %d with the same scores"
          + " at x%.2f and x%.2f (both crops capped by the image)%n", set, none, same, MULTIPLIERS[0],
          MULTIPLIERS[MULTIPLIERS.length - 1]);
    }
    System.out.println();
    System.out.println("| set | bona fide | attacks | " + header(m -> "AUC x" + MULTIPLIERS[m] + " | EER x"
        + MULTIPLIERS[m]) + " |");
    System.out.println("|---|---|---|" + "---|---|".repeat(MULTIPLIERS.length));
    Map<String, PadRates> first = rows(samples, 0);
    for (String name : first.keySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d |", name,
          first.get(name).bonaFideCount(), first.get(name).attackCount()));
      for (int m = 0; m < MULTIPLIERS.length; m++) {
        PadRates r = rows(samples, m).get(name);
        line.append(String.format(Locale.ROOT, " %.3f | %.3f |", r.auc(), r.equalErrorRate()));
      }
      System.out.println(line);
    }
    System.out.println();
  }

  private static void printSpread(List<Sample> samples) {
    System.out.println("Score spread: bona fide lowest / 10% / median ; attack median / 90% / highest");
    System.out.println();
    System.out.println("| set | " + header(m -> "x" + MULTIPLIERS[m]) + " |");
    System.out.println("|---|" + "---|".repeat(MULTIPLIERS.length));
    for (String name : rows(samples, 0).keySet()) {
      StringBuilder line = new StringBuilder("| " + name + " |");
      for (int m = 0; m < MULTIPLIERS.length; m++) {
        line.append(' ').append(rows(samples, m).get(name).spread()).append(" |");
      }
      System.out.println(line);
    }
    System.out.println();
  }

  private static void printCalibration(List<Sample> samples, int m) {
    PadRates pooled = rows(samples, m).get("calibration: NUAA + selfie images");
    System.out.printf(Locale.ROOT, "Bona fide quantiles (NUAA real + selfie real images, n=%d, multiplier %.2f):%n",
        pooled.bonaFideCount(), MULTIPLIERS[m]);
    for (double share : SHARES) {
      System.out.printf(Locale.ROOT, "  BPCER %.0f%% at threshold %.4f%n", share * 100, pooled.bonaFideQuantile(share));
    }
    for (String model : List.of("v2", "v1se")) {
      ToDoubleFunction<Sample> f = model.equals("v2") ? s -> s.scores()[m].v2() : s -> s.scores()[m].v1se();
      System.out.printf(Locale.ROOT, "  %s alone: AUC NUAA %.3f, selfie normal %.3f, celeba %.3f, wolf %.3f%n", model,
          rates(samples, s -> s.set().equals("nuaa"), f).auc(), rates(samples, s -> s.set().equals("selfie-normal"),
              f).auc(), rates(samples, s -> s.set().equals("pad-celeba"), f).auc(),
          rates(samples, s -> s.set().equals("pad-wolf"), f).auc());
    }
    System.out.println();
  }

  private static void printLevels(List<Sample> samples, int m) {
    System.out.printf(Locale.ROOT, "APCER / BPCER at each level's threshold (multiplier %.2f)%n%n", MULTIPLIERS[m]);
    StringBuilder head = new StringBuilder("| set | bona fide | attacks |");
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      head.append(String.format(Locale.ROOT, " %s (%.2f) APCER | BPCER |", level,
          PassiveLivenessPolicy.THRESHOLDS.at(level)));
    }
    System.out.println(head);
    System.out.println("|---|---|---|" + "---|---|".repeat(3));
    rows(samples, m).forEach((name, r) -> {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d |", name, r.bonaFideCount(),
          r.attackCount()));
      for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
        double t = PassiveLivenessPolicy.THRESHOLDS.at(level);
        line.append(String.format(Locale.ROOT, " %s | %s |", percent(r.apcer(t)), percent(r.bpcer(t))));
      }
      System.out.println(line);
    });
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String header(java.util.function.IntFunction<String> column) {
    List<String> parts = new ArrayList<>();
    for (int m = 0; m < MULTIPLIERS.length; m++) {
      parts.add(column.apply(m));
    }
    return String.join(" | ", parts);
  }

  private static int indexOf(double multiplier) {
    for (int i = 0; i < MULTIPLIERS.length; i++) {
      if (Math.abs(MULTIPLIERS[i] - multiplier) < 1e-9) {
        return i;
      }
    }
    throw new IllegalArgumentException("multiplier " + multiplier + " is not one of 1.0, 1.15, 1.3");
  }
}
