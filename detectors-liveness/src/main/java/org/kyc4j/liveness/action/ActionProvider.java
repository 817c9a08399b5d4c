package org.kyc4j.liveness.action;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the active liveness detector ({@code liveness.actions}, stage LIVENESS, check LIVENESS,
 * products REAL_ID and FACE_CAPTURE): the asked actions in the asked order over the selfie frames'
 * eye, mouth and head-pose geometry, and a face that does not jump between frames. Needs no model of
 * its own (it reads {@code Keys.SELFIE_FACES}); discovered through {@link java.util.ServiceLoader};
 * stateless and thread-safe.
 */
public final class ActionProvider implements DetectorProvider {
  /** Creates the provider; it holds no state. */
  public ActionProvider() {}

  @Override
  public String id() {
    return ActionDetector.ID;
  }

  /**
   * Returns the detector; it needs nothing from the settings.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new ActionDetector();
  }
}
