package org.kyc4j.benchmarks.face;

import java.util.Arrays;
import java.util.List;

/**
 * Presentation attack detection error rates in ISO/IEC 30107-3 terms over scores where higher means
 * more live: APCER (attacks accepted) and BPCER (bona fide rejected) at a threshold, the equal error
 * rate and the AUC. Immutable.
 */
final class PadRates {
  private final double[] bonaFide;
  private final double[] attacks;

  PadRates(List<Double> bonaFide, List<Double> attacks) {
    this.bonaFide = bonaFide.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.attacks = attacks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  int bonaFideCount() {
    return bonaFide.length;
  }

  int attackCount() {
    return attacks.length;
  }

  /** Share of attacks whose score reaches {@code threshold} (accepted as live). */
  double apcer(double threshold) {
    return attacks.length == 0 ? Double.NaN : Arrays.stream(attacks).filter(s -> s >= threshold).count()
        / (double) attacks.length;
  }

  /** Share of bona fide presentations whose score is below {@code threshold} (rejected). */
  double bpcer(double threshold) {
    return bonaFide.length == 0 ? Double.NaN : Arrays.stream(bonaFide).filter(s -> s < threshold).count()
        / (double) bonaFide.length;
  }

  /** Probability that a bona fide score exceeds an attack score (ties count half). */
  double auc() {
    if (bonaFide.length == 0 || attacks.length == 0) {
      return Double.NaN;
    }
    double wins = 0;
    for (double b : bonaFide) {
      for (double a : attacks) {
        wins += b > a ? 1 : b == a ? 0.5 : 0;
      }
    }
    return wins / ((double) bonaFide.length * attacks.length);
  }

  /** Where APCER and BPCER cross, over every observed score as a threshold. */
  double equalErrorRate() {
    if (bonaFide.length == 0 || attacks.length == 0) {
      return Double.NaN;
    }
    double best = 1;
    double gap = Double.POSITIVE_INFINITY;
    for (double[] scores : new double[][] {bonaFide, attacks}) {
      for (double t : scores) {
        double a = apcer(t);
        double b = bpcer(t);
        if (Math.abs(a - b) < gap) {
          gap = Math.abs(a - b);
          best = (a + b) / 2;
        }
      }
    }
    return best;
  }

  /** The bona fide score below which {@code share} of bona fide scores lie (the threshold for that BPCER). */
  double bonaFideQuantile(double share) {
    return bonaFide[(int) Math.min(bonaFide.length - 1, Math.floor(share * bonaFide.length))];
  }

  /** The attack score above which {@code share} of attack scores lie. */
  double attackQuantile(double share) {
    return attacks[(int) Math.max(0, Math.ceil((1 - share) * attacks.length) - 1)];
  }

  /** Lowest bona fide, 10% bona fide, median bona fide; median, 90% and highest attack score. */
  String spread() {
    if (bonaFide.length == 0 || attacks.length == 0) {
      return "-";
    }
    return String.format(java.util.Locale.ROOT, "%.3f / %.3f / %.3f ; %.3f / %.3f / %.3f", bonaFide[0],
        bonaFideQuantile(0.10), bonaFideQuantile(0.5), attackQuantile(0.5), attackQuantile(0.10),
        attacks[attacks.length - 1]);
  }
}
