package org.kyc4j.liveness;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineServices;
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
  /** Engine property: how many judged frames the engine remembers against replays, 0 (off) to 10,000,000; default 100,000. */
  public static final String REPLAY_CAPACITY_PROPERTY = "liveness.replay.capacity";
  /** Engine property: how long a judged frame is remembered, an ISO-8601 duration up to P30D; default PT24H. */
  public static final String REPLAY_WINDOW_PROPERTY = "liveness.replay.window";

  /** Creates the provider; it holds no state. */
  public AntiInjectionProvider() {}

  @Override
  public String id() {
    return "liveness.anti-injection";
  }

  /**
   * Returns the detector, sharing the engine's memory of judged frames (engine properties
   * {@code liveness.replay.capacity}, default 100,000 frames, and {@code liveness.replay.window}, default
   * PT24H); settings made outside an engine get a memory of their own.
   *
   * @throws NullPointerException if {@code settings} is null
   * @throws IllegalArgumentException naming the property when a replay property is malformed
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    SeenFrames seen = settings.services() == EngineServices.NONE ? SeenFrames.from(settings)
        : settings.service(SeenFrames.SERVICE);
    return new AntiInjectionDetector(seen);
  }
}
