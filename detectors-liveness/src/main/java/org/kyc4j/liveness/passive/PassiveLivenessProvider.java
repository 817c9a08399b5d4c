package org.kyc4j.liveness.passive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.kyc4j.models.MiniFasNetVariant;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides passive anti-spoofing ({@code liveness.passive}, stage LIVENESS, check LIVENESS): the
 * MiniFASNet texture cue, with the engine's one {@link MiniFasNetPair} loaded at build time from the
 * folder the engine property {@link PassiveLivenessPolicy#DIR_PROPERTY} names. Without the property or
 * the files, the detector reports NOT_SUPPORTED and never passes. Discovered through {@link
 * java.util.ServiceLoader}; thread-safe.
 */
public final class PassiveLivenessProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public PassiveLivenessProvider() {}

  @Override
  public String id() {
    return PassiveLivenessDetector.ID;
  }

  /**
   * Returns the detector, loading the models once per engine.
   *
   * @throws NullPointerException if {@code settings} is null
   * @throws IllegalStateException when the folder holds the files but they cannot be loaded
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    String dir = settings.property(PassiveLivenessPolicy.DIR_PROPERTY, "").strip();
    if (dir.isEmpty()) {
      return PassiveLivenessDetector.unavailable("passive liveness did not run: the engine property "
          + PassiveLivenessPolicy.DIR_PROPERTY + " does not name the MiniFASNet model folder");
    }
    for (MiniFasNetVariant variant : MiniFasNetVariant.values()) {
      if (!Files.isRegularFile(Path.of(dir).resolve(variant.fileName()))) {
        return PassiveLivenessDetector.unavailable("passive liveness did not run: the folder " + dir
            + " named by the engine property " + PassiveLivenessPolicy.DIR_PROPERTY + " has no "
            + variant.fileName());
      }
    }
    return PassiveLivenessDetector.with(settings.service(MiniFasNetPair.SERVICE));
  }
}
