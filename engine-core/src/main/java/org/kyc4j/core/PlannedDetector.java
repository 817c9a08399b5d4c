package org.kyc4j.core;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;

/**
 * One detector of an engine's {@link Plan}, as resolved when the engine was built. Immutable.
 *
 * @param id the detector's id
 * @param stage the detector's stage
 * @param check the configuration check whose level governs it
 * @param requires the names of the keys it needs, sorted
 * @param uses the names of the keys it reads when present, sorted
 * @param provides the names of the keys it writes, sorted
 * @param providerClass the class name of the provider that created it
 */
public record PlannedDetector(String id, Stage stage, ProductConfig.Check check, Set<String> requires,
    Set<String> uses, Set<String> provides, String providerClass) {
  /**
   * Validates and copies the sets into sorted, unmodifiable sets.
   *
   * @throws NullPointerException naming the component that is null
   */
  public PlannedDetector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(check, "check");
    requires = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(requires, "requires")));
    uses = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(uses, "uses")));
    provides = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(provides, "provides")));
    Objects.requireNonNull(providerClass, "providerClass");
  }
}
