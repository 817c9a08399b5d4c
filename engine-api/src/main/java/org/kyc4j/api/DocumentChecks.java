package org.kyc4j.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The five-way summary of a document's authenticity ({@link DocumentCheck}), derived from the
 * findings: each category's outcome is the worst outcome the findings report for it (FAIL, then
 * REVIEW, ERROR, NOT_SUPPORTED, SKIPPED, PASS), with the ids of those findings' detectors; a
 * category no finding reports is NOT_SUPPORTED. Immutable.
 *
 * @param results every category's result, in category order
 */
public record DocumentChecks(Map<DocumentCheck, Result> results) {
  private static final List<Outcome> WORST_FIRST = List.of(Outcome.FAIL, Outcome.REVIEW, Outcome.ERROR,
      Outcome.NOT_SUPPORTED, Outcome.SKIPPED, Outcome.PASS);

  /**
   * One category's result.
   *
   * @param outcome the worst outcome reported for the category, NOT_SUPPORTED when none was
   * @param detectorIds the detectors whose findings reported it, in plan order
   */
  public record Result(Outcome outcome, List<String> detectorIds) {
    /** Checks for null and copies the list. */
    public Result {
      Objects.requireNonNull(outcome, "outcome");
      detectorIds = List.copyOf(detectorIds);
    }
  }

  /** Checks that every category has a result and copies the map. */
  public DocumentChecks {
    Map<DocumentCheck, Result> copy = new EnumMap<>(DocumentCheck.class);
    copy.putAll(Objects.requireNonNull(results, "results"));
    if (copy.size() != DocumentCheck.values().length) {
      throw new IllegalArgumentException("document checks need a result for every category; got " + copy.keySet());
    }
    results = Collections.unmodifiableMap(copy);
  }

  /** Summarises {@code findings} by the {@link DocumentCheck#evidenceKey()} entries of their evidence. */
  public static DocumentChecks of(List<Finding> findings) {
    Map<DocumentCheck, Result> results = new EnumMap<>(DocumentCheck.class);
    for (DocumentCheck check : DocumentCheck.values()) {
      Outcome worst = null;
      List<String> detectors = new ArrayList<>();
      for (Finding finding : findings) {
        String value = finding.evidence().get(check.evidenceKey());
        Outcome outcome = value == null ? null : parse(value);
        if (outcome != null) {
          detectors.add(finding.detectorId());
          worst = worst == null || WORST_FIRST.indexOf(outcome) < WORST_FIRST.indexOf(worst) ? outcome : worst;
        }
      }
      results.put(check, new Result(worst == null ? Outcome.NOT_SUPPORTED : worst, detectors));
    }
    return new DocumentChecks(results);
  }

  /** Returns the result of {@code check}. */
  public Result get(DocumentCheck check) {
    return results.get(check);
  }

  private static Outcome parse(String value) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.name().equals(value)) {
        return outcome;
      }
    }
    return Outcome.ERROR;
  }
}
