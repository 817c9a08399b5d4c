package org.kyc4j.benchmarks.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kyc4j.api.Level;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.quality.FaceQualityMeasures;
import org.kyc4j.liveness.quality.FaceQualityReading;
import org.kyc4j.liveness.quality.QualityRule;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.testdata.DataFolder;

/**
 * Measures face quality ({@code face.quality}) on the dev sets: the face reading (BlazeFace and mesh) and every
 * quality measure on NUAA real and print frames, the selfie pairs (both photos), LFW, YawDD, pad_extra celeba
 * real and spoof, and CASIA east-Asian faces. Prints, as Markdown, the genuine quantiles of every measure, the
 * false-reject rate per reason and level on each genuine set (95% Wilson interval), the firing rate on each
 * attack set, and detection on constructed degradations of genuine NUAA and selfie photos.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.face.FaceQualityEvaluation}.
 */
public final class FaceQualityEvaluation {
  private static final List<Level> LEVELS = List.of(Level.LOOSE, Level.STANDARD, Level.STRICT);
  private static final List<ReasonCode> REASONS = List.of(ReasonCode.FACE_TOO_SMALL, ReasonCode.FACE_OCCLUDED,
      ReasonCode.FACE_TOO_DARK, ReasonCode.FACE_TOO_BRIGHT, ReasonCode.FACE_POSE, ReasonCode.FACE_BLURRED,
      ReasonCode.FACE_BORDER, ReasonCode.FACE_BUSY_BACKGROUND);

  /** One photo: its set, whether it is genuine, its file, and its measures (null without one usable face). */
  record Sample(String set, boolean genuine, Path file, FaceQualityReading reading) {}

  private FaceQualityEvaluation() {}

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    DataFolder data = DataFolder.locate();
    Map<String, List<Path>> sets = QualitySets.read(data);
    List<Sample> samples = new ArrayList<>();
    long measureNanos = 0;
    long start = System.nanoTime();
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      for (Map.Entry<String, List<Path>> set : sets.entrySet()) {
        for (Path file : set.getValue()) {
          var image = LfwFaces.load(file);
          FaceReading reading = recognizer.locate(image);
          FaceQualityReading measured = null;
          if (reading.verdict() == FaceVerdict.ONE) {
            long t = System.nanoTime();
            measured = FaceQualityMeasures.measure(image, reading.frame());
            measureNanos += System.nanoTime() - t;
          }
          samples.add(new Sample(set.getKey(), QualitySets.genuine(set.getKey()), file, measured));
        }
      }
      long measured = samples.stream().filter(s -> s.reading() != null).count();
      System.out.printf(Locale.ROOT, "%d photos read in %.1f s; quality measures %.2f ms per face (n=%d)%n%n",
          samples.size(), (System.nanoTime() - start) / 1e9, measureNanos / 1e6 / measured, measured);
      printCounts(samples, sets.keySet());
      printQuantiles(samples, sets.keySet());
      printRates(samples, sets.keySet());
      printWorst(samples);
      QualityConstructed.run(recognizer, samples);
    }
  }

  private static void printCounts(List<Sample> samples, Iterable<String> sets) {
    System.out.println("| set | kind | photos | one usable face |");
    System.out.println("|---|---|---|---|");
    for (String set : sets) {
      List<Sample> in = samples.stream().filter(s -> s.set().equals(set)).toList();
      System.out.printf(Locale.ROOT, "| %s | %s | %d | %d |%n", set, QualitySets.genuine(set) ? "genuine" : "attack",
          in.size(), in.stream().filter(s -> s.reading() != null).count());
    }
    System.out.println();
  }

  private static void printQuantiles(List<Sample> samples, Iterable<String> sets) {
    System.out.println("Measure spread per set: min / 1% / 5% / median / 95% / 99% / max (NaN left out)");
    for (QualityRule rule : QualityRule.values()) {
      System.out.printf(Locale.ROOT, "%n%s (%s; %s; LOOSE %s STANDARD %s STRICT %s)%n%n", rule, rule.key(),
          rule.table().passWhen(), num(rule.table().at(Level.LOOSE)), num(rule.table().at(Level.STANDARD)),
          num(rule.table().at(Level.STRICT)));
      System.out.println("| set | n | min | 1% | 5% | median | 95% | 99% | max |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      for (String set : sets) {
        double[] v = samples.stream().filter(s -> s.set().equals(set) && s.reading() != null)
            .mapToDouble(s -> rule.value(s.reading())).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length > 0) {
          System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", set, v.length, num(v[0]),
              num(q(v, 0.01)), num(q(v, 0.05)), num(q(v, 0.5)), num(q(v, 0.95)), num(q(v, 0.99)), num(v[v.length - 1]));
        }
      }
    }
    System.out.println();
  }

  /** Reasons a reading fails at a level. */
  static List<ReasonCode> failures(FaceQualityReading reading, Level level) {
    List<ReasonCode> out = new ArrayList<>();
    for (QualityRule rule : QualityRule.values()) {
      if (rule.fails(reading, level) && !out.contains(rule.reason())) {
        out.add(rule.reason());
      }
    }
    return out;
  }

  private static void printRates(List<Sample> samples, Iterable<String> sets) {
    for (Level level : LEVELS) {
      System.out.printf(Locale.ROOT, "%nRejection rate at %s per reason (genuine: false rejects; attack: firing)%n%n",
          level);
      StringBuilder head = new StringBuilder("| set | n |");
      REASONS.forEach(r -> head.append(' ').append(r.name().replace("FACE_", "")).append(" |"));
      System.out.println(head + " any |");
      System.out.println("|---|---|" + "---|".repeat(REASONS.size() + 1));
      for (String set : sets) {
        List<FaceQualityReading> in = samples.stream().filter(s -> s.set().equals(set) && s.reading() != null)
            .map(Sample::reading).toList();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d |", set, in.size()));
        for (ReasonCode reason : REASONS) {
          line.append(' ').append(rate(in.stream().filter(r -> failures(r, level).contains(reason)).count(),
              in.size())).append(" |");
        }
        line.append(' ').append(rate(in.stream().filter(r -> !failures(r, level).isEmpty()).count(), in.size()));
        System.out.println(line + " |");
      }
    }
    System.out.println();
  }

  private static void printWorst(List<Sample> samples) {
    System.out.println("Genuine photos failing at STANDARD:");
    for (Sample s : samples) {
      if (s.genuine() && s.reading() != null && !failures(s.reading(), Level.STANDARD).isEmpty()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QualityRule rule : QualityRule.values()) {
          if (rule.fails(s.reading(), Level.STANDARD)) {
            values.put(rule.key(), num(rule.value(s.reading())));
          }
        }
        System.out.println("  " + s.set() + " " + s.file().getFileName() + " " + values);
      }
    }
    System.out.println();
  }

  /** k/n as a percentage with its 95% Wilson interval. */
  static String rate(long k, long n) {
    if (n == 0) {
      return "-";
    }
    double p = k / (double) n;
    double z = 1.96;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
    return String.format(Locale.ROOT, "%d/%d %.1f%% [%.1f, %.1f]", k, n, 100 * p, 100 * Math.max(0, centre - half),
        100 * Math.min(1, centre + half));
  }

  static double q(double[] sorted, double share) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  }

  static String num(double v) {
    return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.3f", v);
  }

  static BufferedImage read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("not an image: " + file);
    }
    return QualityDegradations.copy(image);
  }
}
