package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.TestImages;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random and damaged bytes as images always give a decision, never an exception. QuickTheories
 * prints the seed of any failing run.
 */
class DecodingProperties {
  /** Shrink attempts on a failure: each example runs the engine on up to 2,000 bytes. */
  private static final int SHRINKS = 5_000;
  private static final long MAX_PIXELS = 64 * 64;
  private static final Kyc4j ENGINE = Fixtures.engine()
      .limits(new EngineLimits(MAX_PIXELS, 64 * 1024, Duration.ofSeconds(10), 1_000))
      .addProvider(TestDetector.builder("size", Stage.DOCUMENT).requires(Keys.IMAGES).body(ctx -> {
        DecodedImages images = ctx.get(Keys.IMAGES);
        long largest = 0;
        for (RgbImage image : images.pages().values()) {
          largest = Math.max(largest, image.pixelCount());
        }
        for (RgbImage image : images.frames()) {
          largest = Math.max(largest, image.pixelCount());
        }
        return largest <= MAX_PIXELS ? Finding.pass("size", Stage.DOCUMENT)
            : Finding.fail("size", Stage.DOCUMENT, ReasonCode.DOC_IMAGE_INVALID, largest + " pixels decoded");
      }).build().provider()).build();

  private static Gen<byte[]> randomBytes() {
    return Generate.byteArrays(integers().between(1, 2_000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  /** Real PNG or JPEG bytes of up to 100x100 pixels, then truncated or with a few bytes overwritten. */
  private static byte[] damagedImage(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    var image = TestImages.noise(1 + random.nextInt(100), 1 + random.nextInt(100), seed);
    byte[] bytes = random.nextBoolean() ? TestImages.png(image) : TestImages.jpeg(image);
    if (random.nextBoolean()) {
      return Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
    }
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static void assertDecided(byte[] bytes, boolean asFrame) {
    VerificationRequest request = asFrame ? Fixtures.faceCapture("tx-frame", bytes)
        : Fixtures.idRecognition("tx-doc", bytes);
    Decision decision = ENGINE.verify(request);
    assertThat(decision).isNotNull();
    boolean rejected = decision.reasons().stream().anyMatch(r -> r.code() == ReasonCode.DOC_IMAGE_INVALID
        || r.code() == ReasonCode.FACE_IMAGE_INVALID);
    if (rejected) {
      assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(decision.findings()).singleElement().extracting(Finding::detectorId).isEqualTo("engine.decode");
    } else {
      assertThat(decision.findings()).filteredOn(f -> f.detectorId().equals("size")).singleElement()
          .extracting(Finding::outcome).isEqualTo(org.kyc4j.api.Outcome.PASS);
    }
  }

  @Test
  void randomBytesGiveADecision() {
    qt().withExamples(200).withShrinkCycles(SHRINKS).forAll(randomBytes(), booleans().all())
        .checkAssert(DecodingProperties::assertDecided);
  }

  @Test
  void damagedImagesGiveADecision() {
    // The image's seed stands for its bytes in a report: damagedImage(seed) makes them again.
    qt().withExamples(150).withShrinkCycles(SHRINKS).forAll(longs().all(), booleans().all())
        .checkAssert((seed, asFrame) -> assertDecided(damagedImage(seed), asFrame));
  }
}
