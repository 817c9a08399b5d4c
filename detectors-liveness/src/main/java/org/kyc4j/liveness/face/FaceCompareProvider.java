package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the Face Compare detector ({@code face.compare}, stage FACE, level FACE_MATCH): the faces of
 * a FACE_COMPARE request's two images, read with the engine's shared {@link FaceRecognizer#SERVICE},
 * and their similarity against {@link FaceMatchPolicy#THRESHOLDS}. Discovered through
 * {@link java.util.ServiceLoader}; thread-safe.
 */
public final class FaceCompareProvider implements DetectorProvider {
  /** The id of the provider and of its detector. */
  public static final String ID = FaceCompareDetector.ID;
  /**
   * The finding's evidence key that names the images without a usable face ({@code a}, {@code b} or
   * {@code a,b}); absent when both have one. The evidence also holds {@code imageA} and {@code imageB}
   * (what was found) and {@code imageAFaces} and {@code imageBFaces} (how many faces).
   */
  public static final String NO_USABLE_FACE = FaceCompareDetector.NO_USABLE_FACE;

  /** Creates the provider; it holds no state. */
  public FaceCompareProvider() {}

  @Override
  public String id() {
    return ID;
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new FaceCompareDetector(settings.service(FaceRecognizer.SERVICE));
  }
}
