package org.kyc4j.liveness.face;

import java.util.Objects;
import org.kyc4j.api.CompareImage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;

/**
 * Provides the reader of one Face Compare image ({@code face.compare-a} in the FACE stage,
 * {@code face.compare-b} in the MATCH stage; level FACE_MATCH), which reads its face with the engine's
 * shared {@link FaceRecognizer#SERVICE}. Its finding's evidence holds {@value #FOUND} (what was found)
 * and {@value #FACES} (how many faces). Use the subclasses {@link A} and {@link B}, which
 * {@link java.util.ServiceLoader} discovers; thread-safe.
 */
public abstract sealed class FaceCompareReaderProvider implements DetectorProvider {
  /** The evidence key saying what was found in the image, for example {@code one face}. */
  public static final String FOUND = FaceCompareDetector.FOUND;
  /** The evidence key giving how many faces were found. */
  public static final String FACES = FaceCompareDetector.FACES;

  private final CompareImage.Side side;

  private FaceCompareReaderProvider(CompareImage.Side side) {
    this.side = side;
  }

  /** Returns the id of the reader of one side: {@code face.compare-a} or {@code face.compare-b}. */
  public static String id(CompareImage.Side side) {
    return FaceCompareDetector.id(Objects.requireNonNull(side, "side"));
  }

  @Override
  public final String id() {
    return id(side);
  }

  /**
   * Returns the detector.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  @Override
  public final Detector create(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new FaceCompareDetector(side, settings.service(FaceRecognizer.SERVICE));
  }

  /** Provides the reader of compare image A, the probe. */
  public static final class A extends FaceCompareReaderProvider {
    /** Creates the provider; it holds no state. */
    public A() {
      super(CompareImage.Side.A);
    }
  }

  /** Provides the reader of compare image B, the reference. */
  public static final class B extends FaceCompareReaderProvider {
    /** Creates the provider; it holds no state. */
    public B() {
      super(CompareImage.Side.B);
    }
  }
}
