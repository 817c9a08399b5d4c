package org.kyc4j.benchmarks.face;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.kyc4j.api.Level;
import org.kyc4j.benchmarks.Wilson;
import org.kyc4j.liveness.passive.PassiveCues;
import org.kyc4j.liveness.passive.PassiveLivenessPolicy;

/** The Markdown tables of {@link PassiveFusionFit}: per-cue AUC, bona fide quantiles, per-level error rates. */
final class FusionReport {
  private FusionReport() {}

  static void cues(List<FusionData.Capture> captures, PassiveFusionFit.Model all, Map<FusionData.Capture, Double> cv,
      Map<FusionData.Capture, Double> loso) {
    List<String> names = PassiveCues.frameCueNames();
    System.out.println();
    System.out.println("AUC per cue (bona fide above attack; under 0.5 means the cue is higher on attacks), and fused");
    System.out.println();
    StringBuilder head = new StringBuilder("| capture | bona fide | attacks | two-frame |");
    names.forEach(n -> head.append(' ').append(n).append(" |"));
    head.append(" parallax ln residual | fused (fit on all) | fused CV | fused leave-set-out |");
    System.out.println(head);
    System.out.println("|---|---|---|---|" + "---|".repeat(names.size() + 4));
    for (Map.Entry<String, String> row : PassiveFusionFit.ROWS.entrySet()) {
      String r = row.getKey();
      PadRates base = PassiveFusionFit.rates(captures, r, c -> 0);
      long two = captures.stream().filter(c -> c.row().equals(r) && c.twoFrame()).count();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d | %d |", row.getValue(),
          base.bonaFideCount(), base.attackCount(), two));
      for (int i = 0; i < names.size(); i++) {
        int f = i;
        line.append(auc(captures, r, c -> c.photos().stream().mapToDouble(p -> p.x()[f]).min().orElseThrow()));
      }
      line.append(auc(captures, r, c -> c.twoFrame() ? c.parallax().get("log_residual") : Double.NaN));
      line.append(auc(captures, r, all::score)).append(auc(captures, r, cv::get)).append(auc(captures, r, loso::get));
      System.out.println(line);
    }
  }

  private static String auc(List<FusionData.Capture> captures, String row, ToDoubleFunction<FusionData.Capture> s) {
    PadRates r = PassiveFusionFit.rates(captures, row, s);
    return Double.isNaN(r.auc()) ? " - |" : String.format(Locale.ROOT, " %.3f |", r.auc());
  }

  static void quantiles(List<FusionData.Capture> captures, Map<FusionData.Capture, Double> cv) {
    List<Double> live = captures.stream().filter(FusionData.Capture::live).map(cv::get).sorted().toList();
    System.out.println();
    System.out.printf(Locale.ROOT, "Bona fide CV fused quantiles over every capture kind pooled (n=%d):", live.size());
    for (double share : new double[] {0.01, 0.02, 0.05, 0.10, 0.15, 0.20}) {
      System.out.printf(Locale.ROOT, " %.0f%%: %.3f;", share * 100, live.get((int) Math.floor(share * live.size())));
    }
    System.out.println();
  }

  static void levels(List<FusionData.Capture> captures, Map<FusionData.Capture, Double> cv,
      Map<FusionData.Capture, Double> loso) {
    Map<String, ToDoubleFunction<FusionData.Capture>> scorers = new java.util.LinkedHashMap<>();
    scorers.put("texture alone (lowest P(real))", c -> c.photos().stream()
        .mapToDouble(p -> LogisticFit.sigmoid(p.x()[0])).min().orElseThrow());
    scorers.put("fused, 5-fold grouped CV", cv::get);
    scorers.put("fused, leave-one-set-out", loso::get);
    for (Map.Entry<String, ToDoubleFunction<FusionData.Capture>> scorer : scorers.entrySet()) {
      System.out.println();
      System.out.println("APCER / BPCER [95% Wilson] at each level's threshold: " + scorer.getKey());
      System.out.println();
      StringBuilder head = new StringBuilder("| capture | bona fide | attacks |");
      for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
        head.append(String.format(Locale.ROOT, " %s %.2f APCER | BPCER |", level,
            PassiveLivenessPolicy.THRESHOLDS.at(level)));
      }
      System.out.println(head);
      System.out.println("|---|---|---|" + "---|---|".repeat(3));
      for (Map.Entry<String, String> row : PassiveFusionFit.ROWS.entrySet()) {
        PadRates r = PassiveFusionFit.rates(captures, row.getKey(), scorer.getValue());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %d |", row.getValue(),
            r.bonaFideCount(), r.attackCount()));
        for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
          double t = PassiveLivenessPolicy.THRESHOLDS.at(level);
          line.append(' ').append(wilson(r.apcer(t), r.attackCount())).append(" | ")
              .append(wilson(r.bpcer(t), r.bonaFideCount())).append(" |");
        }
        System.out.println(line);
      }
    }
  }

  /** "k/n share [low-high]" with the 95% Wilson score interval. */
  static String wilson(double share, int n) {
    if (n == 0 || Double.isNaN(share)) {
      return "-";
    }
    long k = Math.round(share * n);
    double[] ci = Wilson.interval(k, n);
    return String.format(Locale.ROOT, "%.1f%% [%.0f-%.0f]", 100.0 * k / n, ci[0] * 100, ci[1] * 100);
  }

  static void coefficients(PassiveFusionFit.Model m) {
    System.out.println();
    System.out.println("one-frame (intercept, " + String.join(", ", PassiveFusionFit.FEATURES) + "): "
        + java.util.Arrays.toString(m.one()));
    System.out.println("two-frame (intercept, one_frame_logit, log_parallax_residual): "
        + java.util.Arrays.toString(m.two()));
  }
}
