package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.TestImages;

/** Invalid requests, undecodable images and the engine's life cycle. */
class RequestTest {
  private static final byte[] PNG = TestImages.png(TestImages.gradient(10, 6));
  private static final byte[] JPEG = TestImages.jpeg(TestImages.noise(10, 6, 3));

  @Test
  void invalidRequestsThrowNamingTheField() {
    try (Kyc4j engine = Fixtures.engine().build()) {
      assertThatThrownBy(() -> engine.verify(null)).isInstanceOfSatisfying(InvalidRequestException.class,
          e -> assertThat(e.field()).isEqualTo("request"));
    }
    assertThatThrownBy(() -> VerificationRequest.builder("bad id!", Product.REAL_ID).build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("transactionId"));
    assertThatThrownBy(() -> Fixtures.realId("tx").frames(List.of()).requestedAt(null).build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("requestedAt"));
    assertThatThrownBy(() -> VerificationRequest.builder("tx", Product.ID_RECOGNITION).requestedAt(Fixtures.T0)
        .document(new DocumentImage(Page.FRONT, PNG, Fixtures.T0)).frame(new SelfieFrame(JPEG, Fixtures.T0)).build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("frames"));
    assertThatThrownBy(() -> Subject.builder().userId(" ").build())
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("subject.userId"));
  }

  @Test
  void anUndecodableDocumentIsAFailureBeforeAnyDetector() {
    TestDetector doc = TestDetector.builder("doc", Stage.DOCUMENT).requires(Keys.IMAGES).build();
    byte[] truncated = Arrays.copyOf(PNG, PNG.length / 2);
    try (Kyc4j engine = Fixtures.engine().addProvider(doc.provider()).build()) {
      Decision decision = engine.verify(Fixtures.idRecognition("tx-doc", truncated));
      assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(decision.reasons()).singleElement().satisfies(reason -> {
        assertThat(reason.code()).isEqualTo(ReasonCode.DOC_IMAGE_INVALID);
        assertThat(reason.message()).contains("page FRONT");
      });
      assertThat(decision.findings()).hasSize(1);
      assertThat(decision.risk()).isEqualTo(RiskSection.EMPTY);
      assertThat(doc.detectCalls).hasValue(0);
    }
  }

  @Test
  void anUndecodableFrameNamesItsIndex() {
    try (Kyc4j engine = Fixtures.engine().build()) {
      Decision decision = engine.verify(Fixtures.faceCapture("tx-frame", JPEG, "not an image".getBytes()));
      assertThat(decision.reasons()).singleElement().satisfies(reason -> {
        assertThat(reason.code()).isEqualTo(ReasonCode.FACE_IMAGE_INVALID);
        assertThat(reason.message()).contains("selfie frame 1");
      });
    }
  }

  @Test
  void imagesOverTheLimitsAreFailuresNotExceptions() {
    EngineLimits fewBytes = new EngineLimits(1_000_000, PNG.length - 1, Duration.ofSeconds(5), 100);
    try (Kyc4j engine = Fixtures.engine().limits(fewBytes).build()) {
      Decision decision = engine.verify(Fixtures.idRecognition("tx-big", PNG));
      assertThat(decision.reasons()).singleElement().satisfies(reason -> {
        assertThat(reason.code()).isEqualTo(ReasonCode.DOC_IMAGE_INVALID);
        assertThat(reason.message()).contains("TOO_MANY_BYTES");
      });
    }
    EngineLimits fewPixels = new EngineLimits(59, 1_000_000, Duration.ofSeconds(5), 100);
    try (Kyc4j engine = Fixtures.engine().limits(fewPixels).build()) {
      assertThat(engine.verify(Fixtures.idRecognition("tx-wide", PNG)).reasons()).singleElement()
          .satisfies(reason -> assertThat(reason.message()).contains("TOO_MANY_PIXELS"));
    }
  }

  @Test
  void decodedImagesReachTheBoard() {
    int[] seen = new int[2];
    TestDetector doc = TestDetector.builder("doc", Stage.DOCUMENT).requires(Keys.IMAGES).body(ctx -> {
      seen[0] = ctx.get(Keys.IMAGES).pages().get(Page.FRONT).width();
      seen[1] = ctx.get(Keys.IMAGES).pages().get(Page.FRONT).height();
      return org.kyc4j.api.Finding.pass("doc", Stage.DOCUMENT);
    }).build();
    try (Kyc4j engine = Fixtures.engine().addProvider(doc.provider()).build()) {
      engine.verify(Fixtures.idRecognition("tx-ok", PNG));
    }
    assertThat(seen).containsExactly(10, 6);
  }

  @Test
  void closeIsIdempotentAndVerifyAfterCloseThrows() {
    Kyc4j engine = Fixtures.engine().build();
    engine.close();
    engine.close();
    assertThatThrownBy(() -> engine.verify(Fixtures.idRecognition("tx-closed", PNG)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(Fixtures.EXECUTOR.isShutdown()).as("a caller's executor stays open").isFalse();
  }

  @Test
  void engineLimitsNameTheBadComponent() {
    assertThatThrownBy(() -> new EngineLimits(0, 1, Duration.ofSeconds(1), 1)).hasMessageContaining("maxPixels");
    assertThatThrownBy(() -> new EngineLimits(1, 0, Duration.ofSeconds(1), 1)).hasMessageContaining("maxEncodedBytes");
    assertThatThrownBy(() -> new EngineLimits(1, 1, Duration.ZERO, 1)).hasMessageContaining("detectorTimeout");
    assertThatThrownBy(() -> new EngineLimits(1, 1, Duration.ofSeconds(1), 0))
        .hasMessageContaining("maxTrackedVelocityKeys");
    assertThat(EngineLimits.DEFAULT.maxEncodedBytes()).isEqualTo(30 * 1024 * 1024);
  }
}
