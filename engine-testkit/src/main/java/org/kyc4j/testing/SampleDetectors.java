package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/**
 * Two small, well-behaved detectors for tests: a brightness meter that provides {@link #MEAN_LUMA}
 * and a dark-face check that requires it. They prove {@link DetectorContract} works, and serve as a
 * ready upstream or downstream detector in engine tests. Stateless and thread-safe.
 */
public final class SampleDetectors {
  /** The mean luma (0..255) of the first selfie frame, written by {@link BrightnessProvider}'s detector. */
  public static final Key<Double> MEAN_LUMA = Key.of("sample.meanLuma", Double.class);
  /** The mean luma under which {@link DarkFaceProvider}'s detector fails the face. */
  public static final double DARK_BELOW = 60;

  private SampleDetectors() {}

  /** Measures the mean luma of the first selfie frame. */
  public static final class BrightnessProvider implements DetectorProvider {
    @Override
    public String id() {
      return "sample.brightness";
    }

    @Override
    public Detector create(EngineSettings settings) {
      return new Base("sample.brightness", Set.of(Keys.IMAGES), Set.of(MEAN_LUMA)) {
        @Override
        public Finding detect(DetectionContext context) {
          RgbImage frame = context.get(Keys.IMAGES).frames().get(0);
          double sum = 0;
          for (float luma : frame.luma()) {
            sum += luma;
          }
          context.put(MEAN_LUMA, sum / frame.pixelCount());
          return Finding.pass(id(), stage());
        }
      };
    }
  }

  /** Fails a face whose frame is darker than {@link #DARK_BELOW}. */
  public static final class DarkFaceProvider implements DetectorProvider {
    @Override
    public String id() {
      return "sample.dark-face";
    }

    @Override
    public Detector create(EngineSettings settings) {
      return new Base("sample.dark-face", Set.of(MEAN_LUMA), Set.of()) {
        @Override
        public Finding detect(DetectionContext context) {
          double luma = Objects.requireNonNull(context, "context").get(MEAN_LUMA);
          Map<String, String> evidence = Map.of("meanLuma", String.format("%.2f", luma));
          return luma >= DARK_BELOW ? Finding.pass(id(), stage(), luma, DARK_BELOW, evidence)
              : Finding.of(id(), stage(), Outcome.FAIL, ReasonCode.FACE_TOO_DARK, "mean luma " + luma + " < "
                  + DARK_BELOW, luma, DARK_BELOW, evidence);
        }
      };
    }
  }

  /** The declarations shared by the sample detectors: FACE stage, every product. */
  abstract static class Base implements Detector {
    private final String id;
    private final Set<Key<?>> requires;
    private final Set<Key<?>> provides;

    Base(String id, Set<Key<?>> requires, Set<Key<?>> provides) {
      this.id = id;
      this.requires = requires;
      this.provides = provides;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Stage stage() {
      return Stage.FACE;
    }

    @Override
    public Set<Key<?>> requires() {
      return requires;
    }

    @Override
    public Set<Key<?>> provides() {
      return provides;
    }
  }

  /** Returns a FACE_CAPTURE request over one frame. */
  public static VerificationRequest faceCapture(String transactionId, BufferedImage frame) {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    return VerificationRequest.builder(transactionId, Product.FACE_CAPTURE).requestedAt(t0)
        .frame(new SelfieFrame(TestImages.png(frame), t0)).build();
  }

  /** Returns a frame whose channels are scaled by {@code scale} (0..1) from noise. */
  public static BufferedImage dimmed(int size, long seed, double scale) {
    BufferedImage image = TestImages.noise(size, size, seed);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int p = image.getRGB(x, y);
        image.setRGB(x, y, (int) (((p >> 16) & 0xFF) * scale) << 16 | (int) (((p >> 8) & 0xFF) * scale) << 8
            | (int) ((p & 0xFF) * scale));
      }
    }
    return image;
  }
}
