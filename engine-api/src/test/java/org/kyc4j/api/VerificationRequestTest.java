package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationRequestTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final byte[] BYTES = {1, 2, 3};

  private static VerificationRequest.Builder realId() {
    return VerificationRequest.builder("tx-1", Product.REAL_ID)
        .document(new DocumentImage(Page.FRONT, BYTES, NOW))
        .frame(new SelfieFrame(BYTES, NOW))
        .requestedAt(NOW);
  }

  private static void assertInvalid(Runnable build, String field, String message) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(message)
        .satisfies(e -> {
          InvalidRequestException invalid = (InvalidRequestException) e;
          assertThat(invalid.field()).isEqualTo(field);
          assertThat(invalid.code()).isEqualTo("INVALID_ARGUMENT");
        });
  }

  @Test
  void aCompleteRealIdRequestBuilds() {
    VerificationRequest request = realId().build();
    assertThat(request.document(Page.FRONT).size()).isEqualTo(3);
    assertThat(request.subject()).isEqualTo(Subject.ANONYMOUS);
  }

  @Test
  void productsNeedTheirParts() {
    assertInvalid(() -> VerificationRequest.builder("tx", Product.REAL_ID).requestedAt(NOW)
        .frame(new SelfieFrame(BYTES, NOW)).build(), "documents", "config.pages asks for [FRONT]");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.REAL_ID).requestedAt(NOW)
        .document(new DocumentImage(Page.FRONT, BYTES, NOW)).build(), "frames", "allowed: 1..64");
    assertInvalid(() -> realId().config(ProductConfig.parse("pages=1+2")).build(), "documents", "[FRONT, BACK]");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_CAPTURE).requestedAt(NOW)
        .document(new DocumentImage(Page.FRONT, BYTES, NOW)).frame(new SelfieFrame(BYTES, NOW)).build(),
        "documents", "takes no document photos");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.ID_RECOGNITION).requestedAt(NOW)
        .document(new DocumentImage(Page.FRONT, BYTES, NOW)).frame(new SelfieFrame(BYTES, NOW)).build(),
        "frames", "takes no selfie frames");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_COMPARE).requestedAt(NOW)
        .frame(new SelfieFrame(BYTES, NOW)).build(), "frames", "exactly 2");
  }

  @Test
  void duplicatePagesAndTooManyFramesAreRejected() {
    assertInvalid(() -> realId().document(new DocumentImage(Page.FRONT, BYTES, NOW)).build(), "documents",
        "given twice");
    List<SelfieFrame> frames = new ArrayList<>();
    for (int i = 0; i <= VerificationRequest.MAX_FRAMES; i++) {
      frames.add(new SelfieFrame(BYTES, NOW));
    }
    assertInvalid(() -> realId().frames(frames).build(), "frames", "allowed: 1..64");
  }

  @Test
  void idsAndOptionalStringsAreChecked() {
    assertInvalid(() -> VerificationRequest.builder("bad id", Product.REAL_ID).build(), "transactionId", "must match");
    assertInvalid(() -> Subject.builder().userId("").build(), "subject.userId", "non-blank");
    assertInvalid(() -> Subject.builder().idNumber(" ").build(), "subject.idNumber", "non-blank");
    assertInvalid(() -> Subject.builder().mrzLines(List.of("ONLYONE")).build(), "subject.mrzLines", "2 or 3");
    assertInvalid(() -> realId().requestedAt(null).build(), "requestedAt", "must not be null");
    assertInvalid(() -> new DocumentImage(Page.FRONT, new byte[0], NOW), "document.bytes", "zero bytes");
    assertInvalid(() -> new SelfieFrame(null, NOW), "frame.bytes", "must not be null");
  }

  @Test
  void imageBytesAreCopiedInAndOut() {
    byte[] bytes = {9, 9};
    SelfieFrame frame = new SelfieFrame(bytes, NOW);
    bytes[0] = 0;
    frame.bytes()[1] = 0;
    assertThat(frame.bytes()).containsExactly(9, 9);
    assertThat(frame).isEqualTo(new SelfieFrame(new byte[] {9, 9}, NOW));
  }
}
