package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.Product;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testdata.DataFolder;

class VerifyRequestsTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.250Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @TempDir
  Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Io io;

  @BeforeEach
  void files() throws IOException {
    for (String name : List.of("front.jpg", "back.jpg", "f1.jpg", "f2.jpg", "f3.jpg")) {
      Files.write(dir.resolve(name), name.getBytes(StandardCharsets.US_ASCII));
    }
    io = new Io(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  private VerificationRequest request(String... argv) throws UsageException, IOException {
    return new VerifyRequests(io).prepare(VerifyOptionsTest.parse(argv), TODAY).at(NOW);
  }

  @Test
  void framesAre100MillisecondsApartEndingNowAndDocumentsAreNow() throws Exception {
    VerificationRequest request = request("--front", "front.jpg", "--frames", "f1.jpg,f2.jpg,f3.jpg");
    assertThat(request.product()).isEqualTo(Product.REAL_ID);
    assertThat(request.frames()).extracting(SelfieFrame::capturedAt)
        .containsExactly(NOW.minusMillis(200), NOW.minusMillis(100), NOW);
    assertThat(new String(request.frames().get(0).bytes(), StandardCharsets.US_ASCII)).isEqualTo("f1.jpg");
    assertThat(request.document(Page.FRONT).capturedAt()).isEqualTo(NOW);
    assertThat(request.requestedAt()).isEqualTo(NOW);
    assertThat(request.transactionId()).isEqualTo("cli-" + NOW.toEpochMilli());
  }

  @Test
  void claimedFieldsConfigAndIdsReachTheRequest() throws Exception {
    VerificationRequest request = request("--front", "front.jpg", "--back", "back.jpg", "--frames", "f1.jpg",
        "--service-level", "REALID0004", "--config", "liveness=STRICT,pages=1+2", "--transaction-id", "t-1",
        "--user-id", "u1", "--device-id", "d1", "--doc-type", "PASSPORT", "--id-number", "X123",
        "--name", "Anna Maria", "--dob", "1974-08-12", "--expiry", "2031-04-15", "--mrz", "P<UTO|L898");
    assertThat(request.config().pages()).containsExactly(Page.FRONT, Page.BACK);
    assertThat(request.config().liveness()).isEqualTo(Level.STRICT);
    assertThat(request.document(Page.BACK).size()).isEqualTo("back.jpg".length());
    assertThat(request.transactionId()).isEqualTo("t-1");
    assertThat(request.subject().userId()).isEqualTo("u1");
    assertThat(request.subject().deviceId()).isEqualTo("d1");
    assertThat(request.subject().documentType()).isEqualTo(DocumentType.PASSPORT);
    assertThat(request.subject().idNumber()).isEqualTo("X123");
    assertThat(request.subject().name()).isEqualTo("Anna Maria");
    assertThat(request.subject().dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(request.subject().expiry()).isEqualTo(LocalDate.of(2031, 4, 15));
    assertThat(request.subject().mrzLines()).containsExactly("P<UTO", "L898");
  }

  @Test
  void eachProductTakesItsOwnParts() throws Exception {
    assertThat(request("--product", "FACE_CAPTURE", "--frames", "f1.jpg").documents()).isEmpty();
    assertThat(request("--product", "ID_RECOGNITION", "--front", "front.jpg").frames()).isEmpty();
    assertThat(request("--service-level", "FACECAPTURE0002", "--frames", "f1.jpg").product())
        .isEqualTo(Product.FACE_CAPTURE);
    assertThat(request("--product", "FACE_COMPARE", "--frames", "f1.jpg,f2.jpg").compareImages()).hasSize(2);
    VerificationRequest compare = request("--sample", "--product", "FACE_COMPARE");
    assertThat(compare.compareImages()).hasSize(2);
    assertThat(compare.frames()).isEmpty();
    assertThat(compare.documents()).isEmpty();
    assertThat(request("--sample", "--service-level", "IDRECOGNITION0001").frames()).isEmpty();
  }

  @Test
  void badArgumentsAreUsageErrorsNamingTheOption() {
    assertThatThrownBy(() -> request("--frames", "f1.jpg")).hasMessage("option --front FILE is required");
    assertThatThrownBy(() -> request("--front", "front.jpg")).hasMessageContaining("--frames FILE[,FILE...] is required");
    assertThatThrownBy(() -> request("--front", "nope.jpg", "--frames", "f1.jpg"))
        .hasMessageContaining("option --front: no such file nope.jpg");
    assertThatThrownBy(() -> request("--front", "front.jpg", "--back", "back.jpg", "--frames", "f1.jpg"))
        .hasMessageContaining("--back needs a config with both pages");
    assertThatThrownBy(() -> request("--config", "pages=1+2", "--front", "front.jpg", "--frames", "f1.jpg"))
        .hasMessage("option --back FILE is required");
    assertThatThrownBy(() -> request("--product", "FACE_CAPTURE", "--front", "front.jpg", "--frames", "f1.jpg"))
        .hasMessage("option --front cannot be combined with --product FACE_CAPTURE");
    assertThatThrownBy(() -> request("--service-level", "REALID0001", "--product", "FACE_CAPTURE", "--frames", "x"))
        .hasMessageContaining("REALID0001 is for REAL_ID, not --product FACE_CAPTURE");
    assertThatThrownBy(() -> request("--front", "front.jpg", "--frames", "f1.jpg", "--doc-type", "DRIVING"))
        .hasMessageContaining("option --doc-type: unknown document type 'DRIVING'");
    assertThatThrownBy(() -> request("--front", "front.jpg", "--frames", "f1.jpg", "--seed", "3"))
        .hasMessage("option --seed needs --sample");
    assertThatThrownBy(() -> request("--sample", "--front", "front.jpg"))
        .hasMessage("option --front cannot be combined with --sample");
    assertThatThrownBy(() -> request("--front", "/dev/zero", "--frames", "f1.jpg")).isInstanceOf(UsageException.class)
        .hasMessage("option --front: /dev/zero is not a regular file (a device, FIFO or socket)");
    assertThatThrownBy(() -> request("--sample", "front.jpg")).isInstanceOf(UsageException.class)
        .hasMessage("option --sample DIR: " + dir.resolve("front.jpg") + " is not a directory");
  }

  @Test
  void secondFrontPhotosGoWithTheConfigThatAsksForThem() throws Exception {
    VerificationRequest flash = request("--service-level", "IDRECOGNITION0002", "--front", "front.jpg",
        "--front-flash", "back.jpg");
    assertThat(new String(flash.document(Page.FRONT, PhotoKind.FLASH).bytes(), StandardCharsets.US_ASCII))
        .isEqualTo("back.jpg");
    VerificationRequest angled = request("--service-level", "IDRECOGNITION0003", "--front", "front.jpg",
        "--front-angled", "back.jpg");
    assertThat(angled.document(Page.FRONT, PhotoKind.ANGLED).capturedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> request("--service-level", "IDRECOGNITION0002", "--front", "front.jpg"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--front-flash FILE is required");
    assertThatThrownBy(() -> request("--front", "front.jpg", "--front-angled", "back.jpg", "--frames", "f1.jpg"))
        .isInstanceOf(UsageException.class).hasMessageContaining("docScanMode=MULTI_ANGLE");
    assertThatThrownBy(() -> request("--product", "FACE_CAPTURE", "--front-flash", "back.jpg", "--frames", "f1.jpg"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--front-flash");
  }

  @Test
  void invalidRequestsFailBeforeAnEngineIsNeeded() {
    assertThatThrownBy(() -> request("--config", "liveness=HIGH", "--front", "front.jpg", "--frames", "f1.jpg"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("config.liveness");
    assertThatThrownBy(() -> request("--product", "FACE_COMPARE", "--frames", "f1.jpg"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("exactly 2");
    assertThatThrownBy(() -> request("--front", "front.jpg", "--frames", "f1.jpg", "--transaction-id", "a b"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("transactionId");
  }

  @Test
  void theSampleClaimsWhatItsCardSays() throws Exception {
    String shared = System.setProperty(DataFolder.PROPERTY, dir.resolve("no-data").toString());
    VerificationRequest request;
    try {
      request = request("--sample", "saved", "--seed", "11", "--config", "pages=1+2");
    } finally {
      if (shared == null) {
        System.clearProperty(DataFolder.PROPERTY);
      } else {
        System.setProperty(DataFolder.PROPERTY, shared);
      }
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("system property kyc4j.data.dir")
        .contains("does not exist").contains("seed 11").contains("saved [front.jpg");
    assertThat(err.toString(StandardCharsets.UTF_8)).as("issue 10: the holder's name is masked")
        .contains("sample applicant Al***le (seed 11)").doesNotContain("Alex Sample").doesNotContain("ALEX SAMPLE");
    assertThat(Files.isRegularFile(dir.resolve("saved/frame-5.jpg"))).isTrue();
    assertThat(request.documents()).hasSize(2);
    assertThat(request.frames()).hasSize(SampleApplicant.FRAMES);
    List<String> mrz = request.subject().mrzLines();
    assertThat(MrzChecks.failingTd1(mrz.get(0), mrz.get(1))).isEmpty();
    assertThat(mrz.get(0).substring(5, 14)).isEqualTo(request.subject().idNumber());
    assertThat(request.subject().documentType()).isEqualTo(DocumentType.ID_CARD_TD1);
    assertThat(request.subject().name()).isEqualTo("ALEX SAMPLE");
    assertThat(request.subject().expiry()).isAfter(TODAY);
    assertThat(request.subject().userId()).isEqualTo("sample-user-11");
  }
}
