package org.kyc4j.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the ID number of a document without an MRZ (Hong Kong identity card, Singapore NRIC,
 * Indonesian NIK, MyKad, Chinese resident ID, or an added rule) among the text tokens read from
 * the card: a token, or up to {@value #MAX_JOINED} consecutive tokens joined, of 8 to 20 characters
 * (the built-in numbers' span) that passes the document type's {@link IdNumberRule}. OCR separators are ignored: spaces, brackets, hyphens, dots,
 * slashes; a label before a colon ({@code NRIC:S1234567D}) is cut off. Only the rule's own checks
 * decide, so no character is ever changed to make a number valid. Immutable and thread-safe.
 */
public final class IdNumberSearch {
  /** The most consecutive tokens joined into one candidate, as OCR splits {@code A123456 (3)}. */
  public static final int MAX_JOINED = 4;
  private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\[\\]{}\\-./]");
  private static final Pattern LABEL = Pattern.compile("[:;,]");
  private static final int MIN_LENGTH = 8;
  private static final int MAX_LENGTH = 20;

  private final IdNumberRules rules;

  /** Creates a search over these rules. */
  public IdNumberSearch(IdNumberRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Returns every distinct number in {@code tokens} that passes the rule of {@code documentTypeCode},
   * upper case without separators, in reading order; empty when there is no rule for the code or no
   * token passes. At each token the shortest passing join wins and the search goes on after it.
   *
   * @throws NullPointerException if an argument or a token is null
   */
  public List<String> candidates(String documentTypeCode, List<String> tokens, LocalDate referenceDate) {
    Objects.requireNonNull(documentTypeCode, "documentTypeCode");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Optional<IdNumberRule> rule = rules.find(documentTypeCode);
    List<String> parts = parts(tokens);
    Set<String> found = new LinkedHashSet<>();
    if (rule.isEmpty()) {
      return List.of();
    }
    int start = 0;
    while (start < parts.size()) {
      int used = 0;
      StringBuilder joined = new StringBuilder();
      for (int n = 1; n <= MAX_JOINED && start + n <= parts.size() && joined.length() <= MAX_LENGTH; n++) {
        joined.append(parts.get(start + n - 1));
        if (passes(rule.get(), joined.toString(), referenceDate)) {
          found.add(joined.toString());
          used = n;
          break;
        }
      }
      start += Math.max(used, 1);
    }
    return List.copyOf(found);
  }

  /**
   * Returns the ID number when exactly one distinct number in {@code tokens} passes the rule of
   * {@code documentTypeCode}; empty when none does or several differ (the card text is ambiguous).
   *
   * @throws NullPointerException if an argument or a token is null
   */
  public Optional<String> find(String documentTypeCode, List<String> tokens, LocalDate referenceDate) {
    List<String> found = candidates(documentTypeCode, tokens, referenceDate);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The tokens upper case, without separators, cut at labels, empty pieces dropped. */
  private static List<String> parts(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<String> parts = new ArrayList<>();
    for (String token : tokens) {
      Objects.requireNonNull(token, "tokens[]");
      for (String piece : LABEL.split(token, -1)) {
        String part = SEPARATORS.matcher(piece).replaceAll("").toUpperCase(Locale.ROOT);
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
    }
    return parts;
  }

  private static boolean passes(IdNumberRule rule, String candidate, LocalDate referenceDate) {
    if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
      return false;
    }
    IdNumberCheck check = rule.validate(candidate, referenceDate);
    return check != null && check.valid();
  }
}
