package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.testing.TestImages;

/** The request bounds of {@link EngineLimits}: frames, pixels in all, and the decode timeout. */
class RequestBudgetTest {
  private static final byte[] FRAME = TestImages.png(TestImages.noise(100, 100, 1));

  private static Reason onlyFailure(Decision decision) {
    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(decision.reasons()).hasSize(1);
    return decision.reasons().get(0);
  }

  @Test
  void moreFramesThanTheEngineTakesIsAFailureBeforeAnyFrameIsRead() {
    EngineLimits limits = EngineLimits.builder().maxFrames(3).build();
    byte[] notAnImage = "not an image".getBytes(StandardCharsets.US_ASCII);
    try (Kyc4j engine = Fixtures.engine().limits(limits).build()) {
      Reason finding = onlyFailure(engine.verify(Fixtures.faceCapture("tx-frames", notAnImage, notAnImage,
          notAnImage, notAnImage)));
      assertThat(finding.code()).isEqualTo(ReasonCode.FACE_IMAGE_INVALID);
      assertThat(finding.message()).contains("TOO_MANY_IMAGES", "carries 4 selfie frames; allowed: at most 3");
      assertThat(engine.verify(Fixtures.faceCapture("tx-three", FRAME, FRAME, FRAME)).status())
          .isNotEqualTo(Decision.Status.FAILURE);
    }
  }

  @Test
  void thePixelBudgetOfARequestIsCheckedFromEveryHeaderBeforeAnyPixelIsDecoded() {
    byte[] corruptBody = withUndecodableImageData(FRAME);
    try (Kyc4j engine = Fixtures.engine().limits(EngineLimits.builder().maxRequestPixels(25_000).build()).build()) {
      Reason finding = onlyFailure(engine.verify(Fixtures.faceCapture("tx-pixels", corruptBody, FRAME, FRAME)));
      assertThat(finding.message()).contains("selfie frame 2", "TOO_MANY_PIXELS", "declare 30000 pixels",
          "at most 25000 in one request (maxRequestPixels)");
    }
    try (Kyc4j engine = Fixtures.engine().limits(EngineLimits.builder().maxRequestPixels(30_000).build()).build()) {
      Reason finding = onlyFailure(engine.verify(Fixtures.faceCapture("tx-body", corruptBody, FRAME, FRAME)));
      assertThat(finding.message()).as("within the budget, frame 0's body is what fails").contains("selfie frame 0",
          "CORRUPT");
    }
  }

  @Test
  void aRequestThatCannotBeDecodedInItsTimeoutIsAFailure() {
    EngineLimits limits = EngineLimits.builder().decodeTimeout(Duration.ofNanos(1)).build();
    try (Kyc4j engine = Fixtures.engine().limits(limits).build()) {
      Reason finding = onlyFailure(engine.verify(Fixtures.faceCapture("tx-slow", FRAME)));
      assertThat(finding.message()).contains("selfie frame 0", "TOO_COSTLY", "decode timeout");
    }
  }

  /** Returns {@code png} with its deflate data replaced by bytes no inflater accepts, CRC kept valid. */
  private static byte[] withUndecodableImageData(byte[] png) {
    byte[] copy = png.clone();
    ByteBuffer buffer = ByteBuffer.wrap(copy);
    int pos = 8;
    while (pos < copy.length) {
      int length = buffer.getInt(pos);
      String type = new String(copy, pos + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("IDAT")) {
        Arrays.fill(copy, pos + 8 + 2, pos + 8 + length, (byte) 0xFF);
        CRC32 crc = new CRC32();
        crc.update(copy, pos + 4, 4 + length);
        buffer.putInt(pos + 8 + length, (int) crc.getValue());
        return copy;
      }
      pos += 12 + length;
    }
    throw new IllegalArgumentException("no IDAT chunk");
  }
}
