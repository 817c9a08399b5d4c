package org.kyc4j.document;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides {@code document.id-number}: the claimed ID number checked against the rules of the
 * claimed document type. The no-argument constructor (used by {@link java.util.ServiceLoader})
 * discovers rules through the thread's context class loader when the engine is built; pass
 * {@link IdNumberRules} to register by hand. Thread-safe.
 */
public final class IdNumberDetectorProvider implements DetectorProvider {
  private final IdNumberRules rules;

  /** Creates a provider that discovers rules with {@link IdNumberRules#discover(ClassLoader)} at {@link #create}. */
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
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new IdNumberDetector(IdNumberRules.discover(loader != null ? loader : getClass().getClassLoader()));
  }
}
