package org.kyc4j.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;

/**
 * A detector created for an engine, with what it declared at build time (the engine trusts these
 * snapshots, not later calls).
 */
record InstalledDetector(Detector detector, String id, Stage stage, ProductConfig.Check check,
    Set<Key<?>> requires, Set<Key<?>> uses, Set<Key<?>> provides, Set<Product> products, String providerClass) {

  InstalledDetector {
    products = products.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(products));
    requires = Collections.unmodifiableSortedSet(new TreeSet<>(requires));
    uses = Collections.unmodifiableSortedSet(new TreeSet<>(uses));
    provides = Collections.unmodifiableSortedSet(new TreeSet<>(provides));
  }

  /** Returns whether the detector reads {@code key}, as a required or a used key. */
  boolean reads(Key<?> key) {
    return requires.contains(key) || uses.contains(key);
  }

  /** Returns "id (provider class)", how build errors name a detector. */
  String describe() {
    return "'" + id + "' (" + providerClass + ")";
  }

  PlannedDetector toPlanned() {
    return new PlannedDetector(id, stage, check, names(requires), names(uses), names(provides), providerClass);
  }

  private static Set<String> names(Set<Key<?>> keys) {
    Set<String> names = new TreeSet<>();
    keys.forEach(k -> names.add(k.name()));
    return names;
  }
}
