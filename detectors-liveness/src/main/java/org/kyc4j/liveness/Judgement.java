package org.kyc4j.liveness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;

/**
 * Collects the evidence and the problems of one anti-injection judgement, in the order the checks
 * find them, and turns them into a {@link Finding}. Confined to one detection; not thread-safe.
 */
final class Judgement {
  /** At most this many items are named in one message or evidence list; the rest are counted. */
  static final int MAX_NAMED = 8;

  private final Map<String, String> evidence = new LinkedHashMap<>();
  private final List<ReasonCode> codes = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /** Records a measurement under a name; a later value for the same name replaces it. */
  void evidence(String name, String value) {
    evidence.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
  }

  /** Records a problem that makes the finding FAIL. */
  void problem(ReasonCode code, String text) {
    codes.add(Objects.requireNonNull(code, "code"));
    problems.add(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns a PASS when no problem was recorded, else a FAIL whose code is the first problem's and
   * whose message lists every problem.
   */
  Finding finding(String detectorId, Stage stage, double score, double threshold) {
    if (problems.isEmpty()) {
      return Finding.pass(detectorId, stage, score, threshold, evidence);
    }
    evidence("problems", Integer.toString(problems.size()));
    return Finding.of(detectorId, stage, Outcome.FAIL, codes.get(0), String.join("; ", problems), score,
        threshold, evidence);
  }

  /** Formats a number with 3 decimals, or {@code n/a} for NaN. */
  static String decimal(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** Joins at most {@link #MAX_NAMED} items with {@code ", "}, counting the rest. */
  static String named(List<String> items) {
    if (items.size() <= MAX_NAMED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, MAX_NAMED)) + " and " + (items.size() - MAX_NAMED) + " more";
  }
}
