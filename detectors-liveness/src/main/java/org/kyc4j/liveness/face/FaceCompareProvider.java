package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides Face Compare's match ({@code face.compare}, stage MATCH, level FACE_MATCH): the similarity
 * of the descriptors of compare images A and B, which {@link FaceCompareReaderProvider.A} and
 * {@link FaceCompareReaderProvider.B} read, against {@link FaceMatchPolicy#THRESHOLDS}. Discovered
 * through {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class FaceCompareProvider implements DetectorProvider {
  /** The id of the provider and of its detector. */
  public static final String ID = FaceMatchDetector.COMPARE_ID;

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
    return FaceMatchDetector.compareImages();
  }
}
