package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testdata.DataFolder;

/** kyc4j verify and plan end to end, on engines built with exactly the detectors each test means. */
class VerifyCommandTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.250Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir
  Path dir;

  /** A DOCUMENT detector that fails every request as blurred, or records the capture times it saw. */
  record TestDetector(String id, Stage stage, boolean fail) implements Detector, DetectorProvider {
    @Override
    public Set<Key<?>> requires() {
      return Set.of(Keys.REQUEST);
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of();
    }

    @Override
    public Finding detect(DetectionContext context) {
      if (fail) {
        return Finding.of(id, stage, Outcome.FAIL, ReasonCode.DOC_BLURRED, "variance 3.5 below 40", 3.5, 40,
            Map.of("variance", "3.5"));
      }
      VerificationRequest request = context.get(Keys.REQUEST);
      String frames = request.frames().stream().map(SelfieFrame::capturedAt).map(Instant::toString)
          .collect(Collectors.joining(" "));
      return Finding.pass(id, stage, Double.NaN, Double.NaN, Map.of("frames", frames,
          "document", request.document(Page.FRONT).capturedAt().toString(), "name", String.valueOf(request.subject().name())));
    }

    @Override
    public Detector create(EngineSettings settings) {
      return this;
    }
  }

  private static Cli cli(DetectorProvider... providers) {
    VerifyCommand verify = new VerifyCommand(CLOCK, clock -> {
      Kyc4j.Builder builder = Kyc4j.builder().clock(clock).discovery(false);
      for (DetectorProvider provider : providers) {
        builder.addProvider(provider);
      }
      return builder.build();
    });
    return new Cli(List.of(verify, new PlanCommand()));
  }

  @Test
  void theSampleApplicantGetsADecisionAndUnimplementedChecksKeepItPending() throws Exception {
    CliTest.Run run = CliTest.run(cli(new TestDetector("test.stamps", Stage.DOCUMENT, false)),
        "verify", "--sample", "--transaction-id", "t-42");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("data folder").contains("sample applicant");
    Map<String, Object> json = JsonShape.object(run.out());
    assertThat(json).containsEntry("transactionId", "t-42").containsEntry("status", "PENDING")
        .containsKeys("reasons", "findings", "timings", "risk", "artefacts");
    assertThat(field(json.get("reasons"), "code")).contains("CHECK_NOT_SUPPORTED");
    assertThat(field(json.get("reasons"), "detector")).contains("engine.coverage.liveness");
    Map<?, ?> evidence = (Map<?, ?>) finding(json, "test.stamps").get("evidence");
    assertThat(evidence.get("frames")).isEqualTo("2026-11-26T10:15:29.850Z 2026-11-26T10:15:29.950Z "
        + "2026-11-26T10:15:30.050Z 2026-11-26T10:15:30.150Z 2026-11-26T10:15:30.250Z");
    assertThat(evidence.get("document")).isEqualTo(NOW.toString());
    assertThat((String) evidence.get("name")).isNotBlank().isUpperCase();
  }

  @Test
  void aFailingDocumentDetectorGivesAFailureWithItsScore() throws Exception {
    Path front = Files.write(dir.resolve("front.jpg"), new SampleFiles().front());
    Path frame = Files.write(dir.resolve("frame.jpg"), new SampleFiles().frame());
    CliTest.Run run = CliTest.run(cli(new TestDetector("test.blur", Stage.DOCUMENT, true)),
        "verify", "--front", front.toString(), "--frames", frame + "," + frame);
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, Object> json = JsonShape.object(run.out());
    assertThat(json).containsEntry("status", "FAILURE");
    assertThat(json.get("reasons")).isEqualTo(List.of(Map.of("code", "DOC_BLURRED", "numericCode", 1003,
        "detector", "test.blur", "message", "variance 3.5 below 40")));
    Map<?, ?> finding = finding(json, "test.blur");
    assertThat(finding.get("score")).isEqualTo(3.5);
    assertThat(finding.get("threshold")).isEqualTo(40);
    assertThat(((Map<?, ?>) json.get("risk")).get("evaluated")).isEqualTo(false);
  }

  @Test
  void anUndecodableImageIsAFailureNotACrash() throws Exception {
    Path junk = Files.write(dir.resolve("junk.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
    Path frame = Files.write(dir.resolve("frame.jpg"), new SampleFiles().frame());
    CliTest.Run run = CliTest.run(cli(), "verify", "--front", junk.toString(), "--frames", frame.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, Object> json = JsonShape.object(run.out());
    assertThat(json).containsEntry("status", "FAILURE");
    assertThat(field(json.get("reasons"), "code")).contains("DOC_IMAGE_INVALID");
  }

  @Test
  void badArgumentsAndInvalidRequestsExit2() throws Exception {
    Path frame = Files.write(dir.resolve("frame.jpg"), new SampleFiles().frame());
    CliTest.Run missing = CliTest.run(cli(), "verify", "--frames", frame.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--front FILE is required").contains("usage: kyc4j verify");
    CliTest.Run invalid = CliTest.run(cli(), "verify", "--product", "FACE_COMPARE", "--frames", frame.toString());
    assertThat(invalid.code()).isEqualTo(2);
    assertThat(invalid.err()).contains("INVALID_ARGUMENT").contains("exactly 2");
    assertThat(invalid.out()).isEmpty();
  }

  @Test
  void planAndHelpListTheRealCommands() {
    CliTest.Run plan = CliTest.run(Main.cli(), "plan");
    assertThat(plan.code()).as(plan.err()).isZero();
    CliTest.Run help = CliTest.run(Main.cli(), "help");
    assertThat(help.out()).contains("verify").contains("plan");
  }

  /** Returns the finding of one detector from the printed decision. */
  private static Map<?, ?> finding(Map<String, Object> json, String detector) {
    return (Map<?, ?>) ((List<?>) json.get("findings")).stream()
        .filter(f -> detector.equals(((Map<?, ?>) f).get("detector"))).findFirst().orElseThrow();
  }

  /** Returns {@code key} of every object in a JSON array. */
  private static List<Object> field(Object array, String key) {
    return ((List<?>) array).stream().map(e -> ((Map<?, ?>) e).get(key)).collect(Collectors.toList());
  }

  /** JPEG images from the sample generator, for tests that need real encoded files. */
  static final class SampleFiles {
    private final SampleApplicant.Sample sample;

    SampleFiles() throws java.io.IOException {
      sample = SampleApplicant.generate(new DataFolder(Path.of("/nonexistent-kyc4j-data"), "test"), 1,
          java.time.LocalDate.of(2026, 11, 26));
    }

    byte[] front() {
      return sample.front();
    }

    byte[] frame() {
      return sample.frames().get(0);
    }
  }
}
