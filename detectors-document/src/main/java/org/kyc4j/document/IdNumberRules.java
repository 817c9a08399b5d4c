package org.kyc4j.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.kyc4j.document.internal.CnResidentIdRule;
import org.kyc4j.document.internal.HkIdentityCardRule;
import org.kyc4j.document.internal.IdNikRule;
import org.kyc4j.document.internal.MyKadRule;
import org.kyc4j.document.internal.SgNricRule;

/**
 * An immutable registry of {@link IdNumberRule}s by document type code: the built-in rules (Hong
 * Kong identity card, Singapore NRIC/FIN, Indonesian NIK, Malaysian MyKad, Chinese resident ID)
 * plus any you add. Two rules for one code are refused. Thread-safe.
 */
public final class IdNumberRules {
  private final Map<String, IdNumberRule> byCode;

  private IdNumberRules(Map<String, IdNumberRule> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** Returns the built-in rules only. */
  public static IdNumberRules builtIn() {
    return of(builtInRules());
  }

  /**
   * Returns the built-in rules plus every {@link IdNumberRule} that {@link ServiceLoader} finds
   * through {@code loader}.
   *
   * @throws IllegalStateException if two rules claim one document type code, naming both classes
   * @throws java.util.ServiceConfigurationError if a declared rule cannot be loaded
   */
  public static IdNumberRules discover(ClassLoader loader) {
    List<IdNumberRule> rules = new ArrayList<>(builtInRules());
    ServiceLoader.load(IdNumberRule.class, loader).forEach(rules::add);
    return of(rules);
  }

  /**
   * Returns a registry of exactly these rules.
   *
   * @throws IllegalStateException if two rules claim one document type code, naming both classes
   * @throws NullPointerException if a rule or its code is null
   */
  public static IdNumberRules of(Collection<? extends IdNumberRule> rules) {
    Map<String, IdNumberRule> byCode = new TreeMap<>();
    for (IdNumberRule rule : rules) {
      Objects.requireNonNull(rule, "rule");
      String code = Objects.requireNonNull(rule.documentTypeCode(), rule.getClass().getName() + ".documentTypeCode()");
      IdNumberRule earlier = byCode.putIfAbsent(code, rule);
      if (earlier != null) {
        throw new IllegalStateException("two ID number rules for document type " + code + ": "
            + earlier.getClass().getName() + " and " + rule.getClass().getName() + "; keep one of them");
      }
    }
    return new IdNumberRules(byCode);
  }

  /** Returns the rule for a document type code, if there is one. */
  public Optional<IdNumberRule> find(String documentTypeCode) {
    return Optional.ofNullable(byCode.get(documentTypeCode));
  }

  /** Returns the document type codes that have a rule, sorted. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  private static List<IdNumberRule> builtInRules() {
    return List.of(new HkIdentityCardRule(), new SgNricRule(), new IdNikRule(), new MyKadRule(),
        new CnResidentIdRule());
  }

  @Override
  public String toString() {
    return "IdNumberRules" + codes();
  }
}
