package org.kyc4j.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;

/**
 * Collects detector providers (discovered and added by hand), validates their ids, and creates one
 * detector per provider. Every failure is an IllegalStateException naming the classes involved.
 */
final class ProviderRegistry {
  private ProviderRegistry() {}

  /** Returns the providers by id: discovered ones (if {@code loader} is not null), then the explicit ones. */
  static Map<String, DetectorProvider> collect(ClassLoader loader, List<DetectorProvider> explicit) {
    Map<String, DetectorProvider> byId = new LinkedHashMap<>();
    if (loader != null) {
      for (DetectorProvider provider : discover(loader)) {
        register(byId, provider, "discovered");
      }
    }
    for (DetectorProvider provider : explicit) {
      register(byId, provider, "added");
    }
    return byId;
  }

  private static List<DetectorProvider> discover(ClassLoader loader) {
    List<DetectorProvider> found = new ArrayList<>();
    try {
      ServiceLoader.load(DetectorProvider.class, loader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load detector providers from META-INF/services/"
          + DetectorProvider.class.getName() + ": " + e.getMessage(), e);
    }
    found.sort(Comparator.comparing(p -> p.getClass().getName()));
    return found;
  }

  private static void register(Map<String, DetectorProvider> byId, DetectorProvider provider, String origin) {
    String id = provider.id();
    String type = provider.getClass().getName();
    if (id == null || !DetectorProvider.ID.matcher(id).matches()) {
      throw new IllegalStateException("detector provider " + type + " (" + origin + ") has id '" + id
          + "'; allowed: ids matching " + DetectorProvider.ID);
    }
    DetectorProvider previous = byId.putIfAbsent(id, provider);
    if (previous != null) {
      throw new IllegalStateException("duplicate detector provider id '" + id + "': " + previous.getClass().getName()
          + " and " + type + " (" + origin + "); remove one of them or give it another id");
    }
  }

  /**
   * Creates and validates one detector per provider; on a failure, closes the detectors it created and
   * reports to {@code log} those that fail to close.
   */
  static List<InstalledDetector> install(Map<String, DetectorProvider> providers, EngineSettings settings,
      EngineLog log) {
    Map<String, InstalledDetector> byId = new LinkedHashMap<>();
    try {
      for (DetectorProvider provider : providers.values()) {
        InstalledDetector installed = create(provider, settings, log);
        InstalledDetector previous = byId.putIfAbsent(installed.id(), installed);
        if (previous != null) {
          log.closeDetector(installed.id(), installed.detector());
          throw new IllegalStateException("duplicate detector id '" + installed.id() + "': created by "
              + previous.providerClass() + " and by " + installed.providerClass());
        }
      }
    } catch (RuntimeException | Error e) {
      log.closeDetectors(List.copyOf(byId.values()));
      throw e;
    }
    return List.copyOf(byId.values());
  }

  private static InstalledDetector create(DetectorProvider provider, EngineSettings settings, EngineLog log) {
    String type = provider.getClass().getName();
    Detector detector;
    try {
      detector = provider.create(settings);
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("detector provider '" + provider.id() + "' (" + type
          + ") failed to create its detector: " + e, e);
    }
    if (detector == null) {
      throw new IllegalStateException("detector provider '" + provider.id() + "' (" + type + ") created null");
    }
    try {
      return validated(detector, type);
    } catch (RuntimeException e) {
      log.closeDetector(provider.id(), detector);
      throw e;
    }
  }

  private static InstalledDetector validated(Detector detector, String type) {
    String id = detector.id();
    if (id == null || !DetectorProvider.ID.matcher(id).matches()) {
      throw new IllegalStateException("detector " + detector.getClass().getName() + " of provider " + type
          + " has id '" + id + "'; allowed: ids matching " + DetectorProvider.ID);
    }
    Stage stage = declared(detector.stage(), "stage", id, type);
    ProductConfig.Check check = declared(detector.check(), "check", id, type);
    Set<Key<?>> requires = declared(detector.requires(), "requires", id, type);
    Set<Key<?>> uses = declared(detector.uses(), "uses", id, type);
    Set<Key<?>> provides = declared(detector.provides(), "provides", id, type);
    Set<Product> products = declared(detector.products(), "products", id, type);
    for (Set<?> declared : List.of(requires, uses, provides, products)) {
      for (Object element : declared) {
        if (element == null) {
          throw new IllegalStateException("detector '" + id + "' (" + type + ") declares a null key or product");
        }
      }
    }
    return new InstalledDetector(detector, id, stage, check, requires, uses, provides, products, type);
  }

  private static <T> T declared(T value, String what, String id, String type) {
    if (value == null) {
      throw new IllegalStateException("detector '" + id + "' (" + type + ") returns null from " + what + "()");
    }
    return value;
  }
}
