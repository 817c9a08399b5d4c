package org.kyc4j.core;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Reason;
import org.kyc4j.api.Redacted;
import org.kyc4j.api.Subject;

/**
 * The personal values a request's subject claims (user and device id, ID number, name and its
 * longer parts, date of birth in ISO and MRZ form, MRZ lines), and their masking out of the text
 * of findings. The engine's own messages never carry them; this catches a detector's message or
 * exception text that does, so a finding can be logged and shown without personal data. Values
 * shorter than {@value #MIN_LENGTH} characters are left alone: they match too much ordinary text.
 * Immutable and thread-safe.
 */
final class ClaimedValues {
  static final int MIN_LENGTH = 4;
  private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
  private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** Longest first, so that a value containing another is masked whole. */
  private final List<String> values;

  private ClaimedValues(List<String> values) {
    this.values = values;
  }

  static ClaimedValues of(Subject subject) {
    Set<String> values = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    add(values, subject.userId());
    add(values, subject.deviceId());
    add(values, subject.idNumber());
    if (subject.idNumber() != null) {
      add(values, subject.idNumber().replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT));
    }
    add(values, subject.name());
    if (subject.name() != null) {
      for (String part : subject.name().split("[\\s,<]+")) {
        add(values, part);
      }
    }
    if (subject.dateOfBirth() != null) {
      add(values, subject.dateOfBirth().toString());
      add(values, subject.dateOfBirth().format(COMPACT_DATE));
      add(values, subject.dateOfBirth().format(MRZ_DATE));
    }
    subject.mrzLines().forEach(line -> add(values, line));
    return new ClaimedValues(List.copyOf(values));
  }

  private static void add(Set<String> values, String value) {
    if (value != null && value.strip().length() >= MIN_LENGTH) {
      values.add(value.strip());
      values.add(value.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Returns {@code text} with every claimed value replaced by its {@link Redacted} form. */
  String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String value : values) {
      if (masked.contains(value)) {
        masked = masked.replace(value, Redacted.of(value));
      }
    }
    return masked;
  }

  /** Returns {@code finding}, or a copy whose message and evidence values are masked if they held a claimed value. */
  Finding mask(Finding finding) {
    if (values.isEmpty()) {
      return finding;
    }
    Reason reason = finding.reason();
    Reason maskedReason = reason == null ? null : new Reason(reason.code(), reason.detectorId(), mask(reason.message()));
    Map<String, String> evidence = new LinkedHashMap<>();
    finding.evidence().forEach((name, value) -> evidence.put(name, mask(value)));
    boolean same = evidence.equals(finding.evidence()) && (reason == null || reason.equals(maskedReason));
    return same ? finding : new Finding(finding.detectorId(), finding.stage(), finding.outcome(), finding.score(),
        finding.threshold(), maskedReason, evidence);
  }
}
