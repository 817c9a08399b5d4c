package org.kyc4j.liveness;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the model-free anti-injection detector ({@code liveness.anti-injection}, stage LIVENESS,
 * check ANTI_INJECTION, so it runs only when that level is not CLOSED). It judges whether the selfie
 * frames are one live camera capture: no repeated or near-identical frames, sensor noise present,
 * one resolution, and capture times that increase, fit before the request time and span a plausible
 * duration at a plausible frame rate. Its threshold table gives the sensor-noise floor per level; the
 * other per-level limits are named in every finding's evidence under {@code limits}. Discovered
 * through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class AntiInjectionProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public AntiInjectionProvider() {}

  @Override
  public String id() {
    return "liveness.anti-injection";
  }

  /**
   * Returns the detector; it needs nothing from the settings (no model, no clock: capture times are
   * compared with the request time).
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new AntiInjectionDetector();
  }
}
