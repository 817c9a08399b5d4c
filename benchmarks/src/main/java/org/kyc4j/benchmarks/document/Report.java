package org.kyc4j.benchmarks.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.kyc4j.api.Level;
import org.kyc4j.benchmarks.Wilson;
import org.kyc4j.benchmarks.document.DocumentSpoofEvaluation.Sample;

/** Markdown tables of the authenticity evaluation; rates with 95% Wilson intervals. Stateless. */
final class Report {
  private Report() {}

  /** Prints the median and range of each cue per set. */
  static void cues(String title, List<List<Sample>> sets) {
    System.out.printf("%n### %s%n%n| set | n | colour spread | cast | moire | halftone | JPEG ghost | noise mismatch |%n"
        + "|---|---|---|---|---|---|---|---|%n", title);
    for (List<Sample> set : sets) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", set.get(0).set(), set.size(),
          stat(set, s -> s.cues().colour().spread()), stat(set, s -> s.cues().colour().cast()),
          stat(set, s -> s.cues().spectrum().moire()), stat(set, s -> s.cues().spectrum().halftone()),
          stat(set, s -> s.cues().jpeg() == null ? Double.NaN : s.cues().jpeg().gridScore()),
          stat(set, s -> s.cues().jpeg() == null ? Double.NaN : s.cues().jpeg().noiseScore()));
    }
  }

  /** Prints the share of each set flagged per level. */
  static void rates(String title, Function<Level, Predicate<Sample>> flagged, List<List<Sample>> sets) {
    System.out.printf("%n### %s: share flagged%n%n| set | n | LOOSE | STANDARD | STRICT |%n|---|---|---|---|---|%n", title);
    for (List<Sample> set : sets) {
      StringBuilder row = new StringBuilder("| " + set.get(0).set() + " | " + set.size() + " |");
      for (Level level : DocumentSpoofEvaluation.levels()) {
        long k = set.stream().filter(flagged.apply(level)).count();
        row.append(' ').append(Wilson.share(k, set.size())).append(" |");
      }
      System.out.println(row);
    }
  }

  /** Lists the samples flagged by any cue at {@code level}, with their cues. */
  static void flagged(String title, List<Sample> set, Level level) {
    System.out.printf("%n### %s%n%n| file | printed | screen | tampered | colour spread | cast | moire | halftone |%n"
        + "|---|---|---|---|---|---|---|---|%n", title);
    for (Sample s : set) {
      boolean printed = DocumentSpoofEvaluation.printed(level).test(s);
      boolean screen = DocumentSpoofEvaluation.screen(level).test(s);
      boolean tampered = DocumentSpoofEvaluation.tampered(level).test(s);
      if (printed || screen || tampered) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %.1f | %.2f | %.2f |%n", s.file(), printed, screen,
            tampered, s.cues().colour().spread(), s.cues().colour().cast(), s.cues().spectrum().moire(),
            s.cues().spectrum().halftone());
      }
    }
  }

  private static String stat(List<Sample> set, ToDoubleFunction<Sample> value) {
    List<Double> values = new ArrayList<>();
    for (Sample s : set) {
      double v = value.applyAsDouble(s);
      if (!Double.isNaN(v)) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      return "-";
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", sorted[sorted.length / 2], sorted[0],
        sorted[sorted.length - 1]);
  }

  /** Writes the cues of every sample as CSV. */
  static void dump(java.nio.file.Path file, List<List<Sample>> sets) throws java.io.IOException {
    List<String> lines = new ArrayList<>(List.of("set,file,spread,spread90,cast,moire,halftone,ghost,noise,lattice,quality"));
    for (List<Sample> set : sets) {
      for (Sample s : set) {
        var j = s.cues().jpeg();
        lines.add(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.3f,%.3f,%.3f,%s", s.set(), s.file(),
            s.cues().colour().spread(), s.cues().colour().spread90(), s.cues().colour().cast(),
            s.cues().spectrum().moire(), s.cues().spectrum().halftone(),
            j == null ? ",,," : j.gridScore() + "," + j.noiseScore() + "," + j.lattice() + "," + j.quality()));
      }
    }
    java.nio.file.Files.write(file, lines);
  }
}
