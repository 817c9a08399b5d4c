package org.kyc4j.liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testing.DetectorContract;
import org.kyc4j.testing.TestImages;

/**
 * Runs the engine's detector conformance suite on the anti-injection detector, with requests that
 * pass (distinct textured frames at 30 fps) and that fail (a repeated frame, backward capture times,
 * a rendered gradient), for each product that carries frames. Anti-injection is CLOSED by default, so
 * every request sets it to STANDARD.
 */
class AntiInjectionDetectorContractTest extends DetectorContract {
  private static final Instant REQUESTED_AT = Instant.parse("2025-03-01T10:15:30Z");
  private static final Duration INTERVAL = Duration.ofMillis(33);
  private static final long SEED = 77L;

  @Override
  protected DetectorProvider provider() {
    return new AntiInjectionProvider();
  }

  /**
   * The memory of earlier captures is engine state (the same frames a second time are a replay), so
   * the replays of this suite run with it switched off; {@code PriorCaptureTest} tests it.
   */
  @Override
  protected Map<String, String> properties() {
    return Map.of(AntiInjectionProvider.REPLAY_CAPACITY_PROPERTY, "0");
  }

  @Override
  protected List<VerificationRequest> requests() {
    System.out.println("contract frames seed " + SEED);
    List<byte[]> live = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      live.add(TestImages.jpeg(TestImages.noise(160, 120, SEED + i)));
    }
    List<byte[]> repeated = Collections.nCopies(3, live.get(0));
    List<byte[]> rendered = List.of(TestImages.jpeg(TestImages.gradient(160, 120)));
    List<Instant> forward = times(live.size());
    List<Instant> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    return List.of(
        request("live-capture", Product.FACE_CAPTURE, live, forward),
        request("repeated-frame", Product.FACE_CAPTURE, repeated, times(repeated.size())),
        request("backward-times", Product.FACE_CAPTURE, live, backward),
        request("rendered-frame", Product.FACE_CAPTURE, rendered, times(1)),
        realId(live.subList(0, 2)),
        request("face-compare", Product.FACE_COMPARE, live.subList(0, 2), times(2)));
  }

  private static VerificationRequest request(String id, Product product, List<byte[]> frames, List<Instant> times) {
    return builder(id, product, frames, times).build();
  }

  private static VerificationRequest realId(List<byte[]> frames) {
    byte[] front = TestImages.jpeg(TestImages.gradient(320, 200));
    return builder("real-id", Product.REAL_ID, frames, times(frames.size()))
        .document(new DocumentImage(Page.FRONT, front, REQUESTED_AT.minusSeconds(30))).build();
  }

  private static VerificationRequest.Builder builder(String id, Product product, List<byte[]> frames,
      List<Instant> times) {
    VerificationRequest.Builder builder = VerificationRequest.builder("contract-" + id, product)
        .config(ProductConfig.builder().antiInjection(Level.STANDARD).build()).requestedAt(REQUESTED_AT);
    if (product.usesCompareImages()) {
      return builder.compare(frames.get(0), frames.get(1));
    }
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), times.get(i)));
    }
    return builder;
  }

  private static List<Instant> times(int count) {
    List<Instant> times = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      times.add(REQUESTED_AT.minusSeconds(1).minus(INTERVAL.multipliedBy(count - 1 - i)));
    }
    return times;
  }
}
