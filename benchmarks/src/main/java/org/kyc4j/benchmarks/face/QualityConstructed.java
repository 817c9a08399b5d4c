package org.kyc4j.benchmarks.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kyc4j.api.Level;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.quality.FaceQualityMeasures;
import org.kyc4j.liveness.quality.FaceQualityReading;
import org.kyc4j.spi.FaceVerdict;

/**
 * Detection on constructed degradations (made by {@link QualityDegradations}, not captured) of genuine photos:
 * every fourth NUAA real frame and every real selfie photo that pass at STANDARD. Prints, per degradation,
 * how many sources, how many still show one usable face, and the share of those where the expected reason
 * fires at each level, with the other reasons that fired at STANDARD.
 */
final class QualityConstructed {
  private QualityConstructed() {}

  private static String median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
    return v.length == 0 ? "-" : FaceQualityEvaluation.num(FaceQualityEvaluation.q(v, 0.5));
  }

  static void run(FaceRecognizer recognizer, List<FaceQualityEvaluation.Sample> samples) throws IOException {
    List<FaceQualityEvaluation.Sample> sources = new ArrayList<>();
    int nuaa = 0;
    for (FaceQualityEvaluation.Sample s : samples) {
      boolean pick = s.set().equals("selfie real") || (s.set().equals("nuaa real") && nuaa++ % 4 == 0);
      if (pick && s.reading() != null && FaceQualityEvaluation.failures(s.reading(), Level.STANDARD).isEmpty()) {
        sources.add(s);
      }
    }
    System.out.printf(Locale.ROOT, "Constructed degradations of %d genuine photos (NUAA real every 4th, real selfies;"
        + " only those passing at STANDARD)%n%n", sources.size());
    System.out.println("| degradation | expected | sources | one face after | fired LOOSE | fired STANDARD"
        + " | fired STRICT | measure: genuine median -> degraded median | other reasons at STANDARD |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (QualityDegradations kind : QualityDegradations.values()) {
      int faces = 0;
      int[] fired = new int[3];
      Map<String, Integer> others = new TreeMap<>();
      long seed = 1;
      List<Double> before = new ArrayList<>();
      List<Double> after = new ArrayList<>();
      for (FaceQualityEvaluation.Sample s : sources) {
        BufferedImage original = FaceQualityEvaluation.read(s.file());
        FaceReading source = recognizer.locate(QualityDegradations.rgb(original));
        if (source.geometry().isEmpty()) {
          continue;
        }
        BufferedImage degraded = kind.apply(original, source.subject().orElseThrow(), source.geometry().get(), seed++);
        var image = QualityDegradations.rgb(degraded);
        FaceReading read = recognizer.locate(image);
        if (read.verdict() != FaceVerdict.ONE) {
          continue;
        }
        faces++;
        FaceQualityReading reading = FaceQualityMeasures.measure(image, read.frame());
        before.add(kind.rule().value(s.reading()));
        after.add(kind.rule().value(reading));
        List<Level> levels = List.of(Level.LOOSE, Level.STANDARD, Level.STRICT);
        for (int i = 0; i < 3; i++) {
          fired[i] += FaceQualityEvaluation.failures(reading, levels.get(i)).contains(kind.expected()) ? 1 : 0;
        }
        for (ReasonCode other : FaceQualityEvaluation.failures(reading, Level.STANDARD)) {
          if (other != kind.expected()) {
            others.merge(other.name(), 1, Integer::sum);
          }
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s %s -> %s | %s |%n", kind,
          kind.expected(), sources.size(), faces, FaceQualityEvaluation.rate(fired[0], faces),
          FaceQualityEvaluation.rate(fired[1], faces), FaceQualityEvaluation.rate(fired[2], faces), kind.rule().key(),
          median(before), median(after), others);
    }
  }
}
