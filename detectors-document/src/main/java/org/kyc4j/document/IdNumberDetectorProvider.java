package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.id-number}: the claimed ID number checked against the rules of the
 * claimed document type. The no-argument constructor (used by {@link java.util.ServiceLoader})
 * adds to the built-in rules those discovered through the engine's discovery class loader
 * ({@link EngineSettings#discovery()}); an engine built with discovery off gets the built-in rules
 * only. Pass {@link IdNumberRules} to register by hand. Thread-safe.
 */
public final class IdNumberDetectorProvider implements DetectorProvider {
  private final IdNumberRules rules;

  /** Creates a provider that discovers rules with the engine's class loader at {@link #create}. */
  public IdNumberDetectorProvider() {
    this.rules = null;
  }

  /**
   * Creates a provider with exactly these rules.
   *
   * @throws NullPointerException if {@code rules} is null
   */
  public IdNumberDetectorProvider(IdNumberRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public String id() {
    return IdNumberDetector.ID;
  }

  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (rules != null) {
      return new IdNumberDetector(rules);
    }
    return new IdNumberDetector(settings.discovery().map(IdNumberRules::discover).orElseGet(IdNumberRules::builtIn));
  }
}
