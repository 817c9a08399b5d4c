package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.testing.MutableClock;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Through an engine: a capture that answered one challenge cannot answer a fresh one, because the
 * engine remembers the frames it judged; a new capture can.
 */
class ReplayedCaptureTest {
  private static final ProductConfig CONFIG = ProductConfig.parse("antiInjection=STANDARD,actions=MOUTHOPEN");

  @Test
  void aRecordedCaptureCannotAnswerAFreshChallenge() {
    MutableClock clock = new MutableClock(Capture.REQUESTED_AT);
    try (Kyc4j engine = Kyc4j.builder().discovery(false).clock(clock).addProvider(new AntiInjectionProvider())
        .build()) {
      List<byte[]> recorded = frames(5, 100);
      Decision first = engine.verify(request("tx-1", recorded, engine.challenge(CONFIG)));
      assertThat(codes(first)).doesNotContain(ReasonCode.INJECTION_DETECTED);

      Decision replayed = engine.verify(request("tx-2", recorded, engine.challenge(CONFIG)));
      assertThat(replayed.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(replayed.reasons()).anySatisfy(r -> {
        assertThat(r.code()).isEqualTo(ReasonCode.INJECTION_DETECTED);
        assertThat(r.message()).contains("earlier capture").contains("'tx-1'");
      });

      Decision fresh = engine.verify(request("tx-3", frames(5, 200), engine.challenge(CONFIG)));
      assertThat(codes(fresh)).doesNotContain(ReasonCode.INJECTION_DETECTED);
    }
  }

  private static VerificationRequest request(String id, List<byte[]> frames, Challenge challenge) {
    VerificationRequest.Builder builder = VerificationRequest.builder(id, Product.FACE_CAPTURE).config(CONFIG)
        .requestedAt(Capture.REQUESTED_AT).challenge(challenge);
    List<java.time.Instant> times = Capture.regularTimes(frames.size(), Capture.INTERVAL);
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), times.get(i)));
    }
    return builder.build();
  }

  private static List<ReasonCode> codes(Decision decision) {
    return decision.reasons().stream().map(Reason::code).toList();
  }

  private static List<byte[]> frames(int count, long seed) {
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      frames.add(TestImages.jpeg(TestImages.noise(200, 150, seed + i)));
    }
    return frames;
  }
}
