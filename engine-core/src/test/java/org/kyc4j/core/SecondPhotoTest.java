package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.Keys;
import org.kyc4j.testing.TestImages;

/** The flash and angled front photos: decoding, the board, and the checks no detector implements yet. */
class SecondPhotoTest {
  private static final byte[] PLAIN = TestImages.png(TestImages.gradient(12, 8));
  private static final byte[] FLASH = TestImages.png(TestImages.gradient(14, 9));
  private static final byte[] ANGLED = TestImages.jpeg(TestImages.noise(10, 7, 5));

  private static VerificationRequest request(String spec, byte[] flash, byte[] angled) {
    VerificationRequest.Builder builder = VerificationRequest.builder("tx-second", Product.ID_RECOGNITION)
        .config(ProductConfig.parse(spec)).requestedAt(Fixtures.T0)
        .document(new DocumentImage(Page.FRONT, PLAIN, Fixtures.T0));
    if (flash != null) {
      builder.document(new DocumentImage(Page.FRONT, PhotoKind.FLASH, flash, Fixtures.T0));
    }
    if (angled != null) {
      builder.document(new DocumentImage(Page.FRONT, PhotoKind.ANGLED, angled, Fixtures.T0));
    }
    return builder.build();
  }

  private static Decision verify(VerificationRequest request, TestDetector... detectors) {
    Kyc4j.Builder builder = Fixtures.engine();
    for (TestDetector detector : detectors) {
      builder.addProvider(detector.provider());
    }
    try (Kyc4j engine = builder.build()) {
      return engine.verify(request);
    }
  }

  private static TestDetector documentAntiSpoof() {
    return TestDetector.builder("doc", Stage.DOCUMENT).check(Check.DOCUMENT_ANTI_SPOOF).build();
  }

  @Test
  void secondPhotosAreDecodedOnceAndReachTheBoardByKind() {
    DecodedImages[] seen = new DecodedImages[1];
    TestDetector reader = TestDetector.builder("reader", Stage.DOCUMENT).requires(Keys.IMAGES).body(ctx -> {
      seen[0] = ctx.get(Keys.IMAGES);
      return Finding.pass("reader", Stage.DOCUMENT);
    }).build();
    verify(request("docFlashCheck=true,docScanMode=MULTI_ANGLE", FLASH, ANGLED), reader);
    DecodedImages images = seen[0];
    assertThat(images.pages()).containsOnlyKeys(Page.FRONT);
    assertThat(images.pages().get(Page.FRONT).width()).isEqualTo(12);
    assertThat(images.frontVariants()).containsOnlyKeys(PhotoKind.FLASH, PhotoKind.ANGLED);
    assertThat(images.find(Page.FRONT, PhotoKind.FLASH).map(RgbImage::width)).contains(14);
    assertThat(images.find(Page.FRONT, PhotoKind.ANGLED).map(RgbImage::height)).contains(7);
    assertThat(images.find(Page.FRONT, PhotoKind.PLAIN).map(RgbImage::width)).contains(12);
    assertThat(images.find(Page.BACK, PhotoKind.PLAIN)).isEqualTo(Optional.empty());
    assertThat(images.find(Page.BACK, PhotoKind.FLASH)).isEqualTo(Optional.empty());
  }

  @Test
  void aRequestWithoutSecondPhotosDecodesNone() {
    DecodedImages[] seen = new DecodedImages[1];
    TestDetector reader = TestDetector.builder("reader", Stage.DOCUMENT).requires(Keys.IMAGES).body(ctx -> {
      seen[0] = ctx.get(Keys.IMAGES);
      return Finding.pass("reader", Stage.DOCUMENT);
    }).build();
    verify(Fixtures.idRecognition("tx-plain", PLAIN), reader);
    assertThat(seen[0].frontVariants()).isEmpty();
    assertThat(seen[0].find(Page.FRONT, PhotoKind.FLASH)).isEmpty();
  }

  @Test
  void anUndecodableFlashPhotoIsAFailureNamingIt() {
    TestDetector doc = documentAntiSpoof();
    Decision decision = verify(request("docFlashCheck=true", Arrays.copyOf(FLASH, FLASH.length / 2), null), doc);
    assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    assertThat(decision.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.DOC_IMAGE_INVALID);
      assertThat(reason.message()).startsWith("document page FRONT (1), FLASH photo: ");
    });
    assertThat(doc.detectCalls).hasValue(0);
  }

  @Test
  void theFlashCheckWithoutADetectorIsNotSupportedSoTheDecisionIsPending() {
    Decision decision = verify(request("docFlashCheck=true", FLASH, null), documentAntiSpoof());
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.CHECK_NOT_SUPPORTED);
      assertThat(reason.detectorId()).isEqualTo("engine.coverage.document-flash");
      assertThat(reason.message()).contains("DOCUMENT_FLASH (level STANDARD) for product ID_RECOGNITION");
    });
    Finding coverage = decision.findings().stream().filter(f -> f.outcome() == Outcome.NOT_SUPPORTED)
        .findFirst().orElseThrow();
    assertThat(coverage.stage()).isEqualTo(Stage.DOCUMENT);
  }

  @Test
  void theMultiAngleCheckWithoutADetectorIsNotSupportedToo() {
    Decision decision = verify(request("serviceLevel=IDRECOGNITION0003", null, ANGLED), documentAntiSpoof());
    assertThat(decision.status()).isEqualTo(Decision.Status.PENDING);
    assertThat(decision.reasons()).extracting(r -> r.detectorId())
        .containsExactly("engine.coverage.document-multi-angle");
  }

  @Test
  void aDetectorThatImplementsTheCheckClosesTheGap() {
    TestDetector flash = TestDetector.builder("document.flash", Stage.DOCUMENT).check(Check.DOCUMENT_FLASH).build();
    Decision decision = verify(request("docFlashCheck=true", FLASH, null), documentAntiSpoof(), flash);
    assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(flash.detectCalls).hasValue(1);
  }

  @Test
  void closedDocumentAntiSpoofingClosesTheSecondPhotoChecks() {
    TestDetector flash = TestDetector.builder("document.flash", Stage.DOCUMENT).check(Check.DOCUMENT_FLASH).build();
    Decision decision = verify(request("docFlashCheck=true,docScanMode=5,docAntiSpoof=CLOSED", FLASH, ANGLED), flash);
    assertThat(decision.status()).isEqualTo(Decision.Status.SUCCESS);
    assertThat(decision.findings()).singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.SKIPPED));
    assertThat(flash.detectCalls).hasValue(0);
  }
}
