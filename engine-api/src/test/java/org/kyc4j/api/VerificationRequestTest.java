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
  void aBadTransactionIdIsEchoedCutAndEscaped() {
    String id = "tx\u0000\n\u001b[31m" + "x".repeat(100_000);
    assertThatThrownBy(() -> VerificationRequest.builder(id, Product.FACE_CAPTURE).build()).satisfies(e -> {
      assertThat(e).isInstanceOf(InvalidRequestException.class);
      assertThat(e.getMessage()).hasSizeLessThan(300).contains("tx\\u0000\\u000a\\u001b[31m")
          .contains("... (100009 chars)").doesNotContain("\n").doesNotContain("\u001b");
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
        .frame(new SelfieFrame(BYTES, NOW)).build(), "frames", "takes no selfie frames");
  }

  @Test
  void faceCompareTakesOneImageOfEachSide() {
    VerificationRequest compare = VerificationRequest.builder("tx", Product.FACE_COMPARE).requestedAt(NOW)
        .compareImage(new CompareImage(CompareImage.Side.B, new byte[] {2}))
        .compareImage(new CompareImage(CompareImage.Side.A, new byte[] {1})).build();
    assertThat(compare.compareImages()).extracting(CompareImage::side)
        .containsExactly(CompareImage.Side.A, CompareImage.Side.B);
    assertThat(compare.compareImage(CompareImage.Side.A).bytes()).containsExactly(1);
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_COMPARE).requestedAt(NOW)
        .compareImage(new CompareImage(CompareImage.Side.A, BYTES)).build(), "compareImages", "one image of each side");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_COMPARE).requestedAt(NOW).compare(BYTES, BYTES)
        .compareImage(new CompareImage(CompareImage.Side.B, BYTES)).build(), "compareImages", "side B is given twice");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_CAPTURE).requestedAt(NOW)
        .frame(new SelfieFrame(BYTES, NOW)).compare(BYTES, BYTES).build(), "compareImages", "takes no compare images");
    assertInvalid(() -> new CompareImage(CompareImage.Side.A, new byte[0]), "compareImage.bytes", "");
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

  private static DocumentImage front(PhotoKind kind) {
    return new DocumentImage(Page.FRONT, kind, BYTES, NOW);
  }

  private static VerificationRequest.Builder idRecognition(String spec, DocumentImage... photos) {
    VerificationRequest.Builder builder = VerificationRequest.builder("tx-2", Product.ID_RECOGNITION)
        .config(ProductConfig.parse(spec)).requestedAt(NOW).document(front(PhotoKind.PLAIN));
    for (DocumentImage photo : photos) {
      builder.document(photo);
    }
    return builder;
  }

  @Test
  void theFlashCheckAndTheMultiAngleModeTakeTheirSecondFrontPhoto() {
    VerificationRequest flash = idRecognition("docFlashCheck=true", front(PhotoKind.FLASH)).build();
    assertThat(flash.document(Page.FRONT, PhotoKind.FLASH).kind()).isEqualTo(PhotoKind.FLASH);
    assertThat(flash.document(Page.FRONT).kind()).isEqualTo(PhotoKind.PLAIN);
    VerificationRequest angled = idRecognition("serviceLevel=IDRECOGNITION0003", front(PhotoKind.ANGLED))
        .subject(Subject.builder().documentType(DocumentType.HK_ID_CARD).build()).build();
    assertThat(angled.documents()).extracting(DocumentImage::kind).containsExactly(PhotoKind.PLAIN, PhotoKind.ANGLED);
    VerificationRequest both = idRecognition("docFlashCheck=true,docScanMode=5", front(PhotoKind.ANGLED),
        front(PhotoKind.FLASH)).build();
    assertThat(both.documents()).hasSize(3);
    assertThat(realId().build().documents()).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(PhotoKind.PLAIN));
  }

  @Test
  void aMissingSecondPhotoNamesTheKeyThatAsksForIt() {
    assertInvalid(() -> idRecognition("docFlashCheck=true").build(), "documents",
        "config.docFlashCheck=true asks for a FLASH photo of the front page (taken with the flash");
    assertInvalid(() -> idRecognition("docScanMode=MULTI_ANGLE").build(), "documents",
        "config.docScanMode=MULTI_ANGLE asks for an ANGLED photo of the front page (with the card inclined");
    assertInvalid(() -> realId().config(ProductConfig.parse("docFlashCheck=true")).build(), "documents",
        "asks for a FLASH photo");
  }

  @Test
  void aSecondPhotoNobodyAskedForIsRejected() {
    assertInvalid(() -> idRecognition("", front(PhotoKind.FLASH)).build(), "documents",
        "a FLASH photo of the front page is given but config.docFlashCheck is false");
    assertInvalid(() -> idRecognition("docScanMode=DEEP_SCAN", front(PhotoKind.ANGLED)).build(), "documents",
        "an ANGLED photo of the front page is given but config.docScanMode is DEEP_SCAN, not MULTI_ANGLE");
    assertInvalid(() -> idRecognition("docFlashCheck=true", front(PhotoKind.FLASH), front(PhotoKind.FLASH)).build(),
        "documents", "the FLASH photo of page FRONT is given twice");
    assertInvalid(() -> idRecognition("docFlashCheck=true,pages=1+2", front(PhotoKind.FLASH),
        new DocumentImage(Page.BACK, PhotoKind.FLASH, BYTES, NOW)).build(), "documents",
        "a FLASH photo is of the front page only, got one of page BACK");
    assertInvalid(() -> VerificationRequest.builder("tx", Product.FACE_CAPTURE).requestedAt(NOW)
        .config(ProductConfig.parse("docFlashCheck=true")).frame(new SelfieFrame(BYTES, NOW))
        .document(front(PhotoKind.FLASH)).build(), "documents", "takes no document photos");
    assertThat(VerificationRequest.builder("tx", Product.FACE_CAPTURE).requestedAt(NOW)
        .config(ProductConfig.parse("docFlashCheck=true,docScanMode=5")).frame(new SelfieFrame(BYTES, NOW)).build()
        .documents()).as("document keys do not concern a product without documents").isEmpty();
  }

  @Test
  void multiAngleIsForHongKongIdentityCards() {
    assertInvalid(() -> idRecognition("docScanMode=MULTI_ANGLE", front(PhotoKind.ANGLED))
        .subject(Subject.builder().documentType(DocumentType.PASSPORT).build()).build(), "subject.documentType",
        "config.docScanMode=MULTI_ANGLE is for Hong Kong identity cards (HK_ID_CARD); claimed: PASSPORT");
    assertThat(idRecognition("docScanMode=MULTI_ANGLE", front(PhotoKind.ANGLED)).build().subject())
        .as("an unclaimed document type is not guessed").isEqualTo(Subject.ANONYMOUS);
  }

  @Test
  void documentImagesCarryTheirKind() {
    assertInvalid(() -> new DocumentImage(Page.FRONT, null, BYTES, NOW), "document.kind", "must not be null");
    assertThat(new DocumentImage(Page.FRONT, BYTES, NOW)).isEqualTo(front(PhotoKind.PLAIN))
        .isNotEqualTo(front(PhotoKind.FLASH));
    assertThat(front(PhotoKind.ANGLED).toString()).contains("kind=ANGLED");
    assertThatThrownBy(() -> realId().build().document(Page.FRONT, PhotoKind.FLASH))
        .hasMessageContaining("has no FLASH photo of page FRONT");
  }
}
