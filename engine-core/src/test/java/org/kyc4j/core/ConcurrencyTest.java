package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.TestImages;

/** One engine, eight threads, a thousand verifications: the same decisions as one thread gives. */
class ConcurrencyTest {
  private static final Key<Double> DOC_LUMA = Key.of("test.docLuma", Double.class);
  private static final Key<Double> FACE_LUMA = Key.of("test.faceLuma", Double.class);
  private static final int DISTINCT = 50;
  private static final int VERIFICATIONS = 1_000;

  /** What must not depend on threads: status, reasons and findings (which carry no timings). */
  record Outcomes(Decision.Status status, List<Reason> reasons, List<Finding> findings) {
    static Outcomes of(Decision decision) {
      return new Outcomes(decision.status(), decision.reasons(), decision.findings());
    }
  }

  private static double meanLuma(RgbImage image) {
    double sum = 0;
    for (float luma : image.luma()) {
      sum += luma;
    }
    return sum / image.pixelCount();
  }

  private static Finding scored(String id, Stage stage, double score, double threshold, Outcome below,
      ReasonCode code) {
    Map<String, String> evidence = Map.of("score", String.format("%.3f", score));
    return score >= threshold ? Finding.pass(id, stage, score, threshold, evidence)
        : Finding.of(id, stage, below, code, "score " + score + " < " + threshold, score, threshold, evidence);
  }

  private static Kyc4j engine() {
    TestDetector doc = TestDetector.builder("doc.luma", Stage.DOCUMENT).check(Check.DOCUMENT_ANTI_SPOOF)
        .requires(Keys.IMAGES).provides(DOC_LUMA).body(ctx -> {
          double luma = meanLuma(ctx.get(Keys.IMAGES).pages().get(Page.FRONT));
          ctx.put(DOC_LUMA, luma);
          return scored("doc.luma", Stage.DOCUMENT, luma, 50, Outcome.FAIL, ReasonCode.DOC_EXPOSURE);
        }).build();
    TestDetector face = TestDetector.builder("face.luma", Stage.FACE).requires(Keys.IMAGES).provides(FACE_LUMA)
        .body(ctx -> {
          double luma = meanLuma(ctx.get(Keys.IMAGES).frames().get(0));
          ctx.put(FACE_LUMA, luma);
          return scored("face.luma", Stage.FACE, luma, 40, Outcome.FAIL, ReasonCode.FACE_TOO_DARK);
        }).build();
    TestDetector live = TestDetector.builder("live.frames", Stage.LIVENESS).check(Check.LIVENESS)
        .requires(Keys.REQUEST).body(ctx -> scored("live.frames", Stage.LIVENESS,
            ctx.get(Keys.REQUEST).frames().get(0).size() % 97, 5, Outcome.FAIL, ReasonCode.SPOOF_DETECTED)).build();
    TestDetector match = TestDetector.builder("match.luma", Stage.MATCH).check(Check.FACE_MATCH)
        .requires(DOC_LUMA, FACE_LUMA).body(ctx -> scored("match.luma", Stage.MATCH,
            100 - Math.abs(ctx.get(DOC_LUMA) - ctx.get(FACE_LUMA)), 60, Outcome.REVIEW, ReasonCode.FACE_MISMATCH))
        .build();
    TestDetector risk = TestDetector.builder("risk.user", Stage.RISK).check(Check.RISK).requires(Keys.REQUEST)
        .body(ctx -> scored("risk.user", Stage.RISK, ctx.request().subject().userId().hashCode() & 7, 2,
            Outcome.FAIL, ReasonCode.IDN_THRESHOLD_EXCEEDED)).build();
    Kyc4j.Builder builder = Fixtures.engine();
    for (TestDetector d : List.of(doc, face, live, match, risk)) {
      builder.addProvider(d.provider());
    }
    return builder.build();
  }

  private static byte[] image(SplittableRandom random, int size) {
    BufferedImage noise = TestImages.noise(size, size, random.nextLong());
    double scale = random.nextDouble();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int p = noise.getRGB(x, y);
        int r = (int) (((p >> 16) & 0xFF) * scale);
        int g = (int) (((p >> 8) & 0xFF) * scale);
        int b = (int) ((p & 0xFF) * scale);
        noise.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    return random.nextBoolean() ? TestImages.png(noise) : TestImages.jpeg(noise);
  }

  private static List<VerificationRequest> requests(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ProductConfig config = ProductConfig.builder().operationMode(OperationMode.STANDARD_VC_CLOSED).build();
    List<VerificationRequest> requests = new ArrayList<>();
    for (int i = 0; i < DISTINCT; i++) {
      requests.add(VerificationRequest.builder("tx-" + i, org.kyc4j.api.Product.REAL_ID).requestedAt(Fixtures.T0)
          .subject(Subject.builder().userId("user-" + random.nextInt(1000)).build()).config(config)
          .document(new org.kyc4j.api.DocumentImage(Page.FRONT, image(random, 12), Fixtures.T0))
          .frame(new org.kyc4j.api.SelfieFrame(image(random, 10), Fixtures.T0)).build());
    }
    return requests;
  }

  @Test
  void eightThreadsGiveTheSingleThreadedDecisions() throws Exception {
    long seed = System.nanoTime();
    System.out.println("ConcurrencyTest seed " + seed);
    List<VerificationRequest> requests = requests(seed);
    try (Kyc4j engine = engine()) {
      List<Outcomes> expected = new ArrayList<>();
      for (int i = 0; i < VERIFICATIONS; i++) {
        expected.add(Outcomes.of(engine.verify(requests.get(i % DISTINCT))));
      }
      assertThat(expected.stream().map(Outcomes::status).distinct()).as("statuses covered (seed %d)", seed)
          .hasSizeGreaterThan(1);
      ExecutorService callers = Executors.newFixedThreadPool(8);
      try {
        List<Future<Outcomes>> futures = new ArrayList<>();
        for (int i = 0; i < VERIFICATIONS; i++) {
          VerificationRequest request = requests.get(i % DISTINCT);
          futures.add(callers.submit(() -> Outcomes.of(engine.verify(request))));
        }
        for (int i = 0; i < VERIFICATIONS; i++) {
          assertThat(futures.get(i).get(2, TimeUnit.MINUTES)).as("verification %d (seed %d)", i, seed)
              .isEqualTo(expected.get(i));
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }
}
