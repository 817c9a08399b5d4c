package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Report;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskSection;
import org.kyc4j.api.RiskType;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Timings;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.idn.LiteIdentityNetwork;
import org.junit.jupiter.api.Test;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests of the decision JSON: its exact text for a decision built by hand (field order,
 * nesting, number formats, escapes, pretty printing), and the shape of what {@code verify} prints
 * with the discovered detectors, on the sample applicant and on image files.
 */
class DecisionGoldenTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.250Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  /** The objects of the decision whose keys are data, not shape. */
  private static final Set<String> MAPS = Set.of("$.findings[].evidence", "$.timings.detectorsMs",
      "$.artefacts.documentFields");

  @TempDir
  Path dir;

  /** A PENDING decision that uses every part of the JSON: whole, fractional and infinite numbers, escapes, nulls. */
  static Decision handBuilt() {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("variance", "12.5");
    evidence.put("text", "quote \" backslash \\ newline\n tab\t ctrl\u0001 sep\u2028 é漢😀");
    Finding blur = Finding.of("doc.blur", Stage.DOCUMENT, Outcome.REVIEW, ReasonCode.DOC_BLURRED, "variance 12.5 < 40",
        12.5, 40, evidence);
    Finding tiny = Finding.pass("doc.glare", Stage.DOCUMENT, 1e-7, Double.POSITIVE_INFINITY, Map.of());
    Finding large = Finding.pass("doc.exposure", Stage.DOCUMENT, 1e20, 0, Map.of("level", "STANDARD"));
    Finding coverage = Finding.notSupported("engine.coverage.liveness", Stage.LIVENESS, "no liveness detector");
    Finding pass = Finding.pass("doc.mrz", Stage.DOCUMENT);
    Map<String, Duration> detectors = new LinkedHashMap<>();
    detectors.put("doc.blur", Duration.ofNanos(1_500_000));
    detectors.put("doc.mrz", Duration.ofNanos(2_000_400));
    Timings timings = new Timings(Duration.ofNanos(12_345_678), Duration.ofMillis(3), detectors);
    RiskSection risk = RiskSection.evaluated(List.of(new RiskHit(RiskType.SAME_FACE_DIFFERENT_USER_ID, 0.93,
        List.of("t-0", "t-1"), "two users"), new RiskHit(RiskType.IDN_THRESHOLD, Double.NaN, List.of(), "over 3")));
    ImageArtefact face = new ImageArtefact("image/png", 112, 112, new byte[321]);
    Artefacts artefacts = new Artefacts(face, List.of(face, face), Map.of("idNumber", "D23145890"));
    Report report = new Report("tx-9", List.of(blur.reason(), coverage.reason()),
        List.of(blur, tiny, large, coverage, pass), timings, risk, artefacts, Instant.parse("2026-11-26T10:00:00Z"));
    return Decision.of(Decision.Status.PENDING, report);
  }

  @Test
  void aHandBuiltDecisionPrintsExactlyAsTheGoldenFile() throws IOException {
    GoldenFiles.assertMatches("decision-pending.json", DecisionJson.pretty(handBuilt()) + "\n");
  }

  @Test
  void aDecisionWithoutArtefactsPrintsEmptyListsAndANullFace() throws IOException {
    Finding fail = Finding.fail("engine.decode", Stage.DOCUMENT, ReasonCode.DOC_IMAGE_INVALID, "page FRONT: TRUNCATED");
    Report report = new Report("tx", List.of(fail.reason()), List.of(fail),
        new Timings(Duration.ZERO, Duration.ZERO, Map.of()), RiskSection.EMPTY, Artefacts.NONE, NOW);
    GoldenFiles.assertMatches("decision-failure.json",
        DecisionJson.pretty(Decision.of(Decision.Status.FAILURE, report)) + "\n");
  }

  private static Cli discoveredEngineCli() {
    VerifyCommand verify = new VerifyCommand(CLOCK, clock -> VerifyCommand.withModels(Kyc4j.builder()).clock(clock)
        .identityNetwork(LiteIdentityNetwork.builder().clock(clock).build()).build());
    return new Cli(List.of(verify));
  }

  /** Checks the printed decision's layout: pretty, two-space indented, one value a line, a final newline. */
  private static void assertPretty(String json) {
    assertThat(json).startsWith("{\n  \"transactionId\": \"").endsWith("\n}\n");
    assertThat(json.lines()).allSatisfy(line -> assertThat(line).matches("( {2})*[^ ].*").doesNotEndWith(" "));
  }

  @Test
  void verifyOfTheSampleApplicantHasTheGoldenShape() throws IOException {
    DataSets.require(DataSet.LFW_FACES);
    CliTest.Run run = CliTest.run(discoveredEngineCli(), "verify", "--sample", "--seed", "1",
        "--transaction-id", "golden-1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines()).hasSize(3).allMatch(line -> line.startsWith("kyc4j verify: "));
    assertThat(run.err()).contains("cannot show the asked actions [FACEBLINK]");
    assertPretty(run.out());
    assertThat(JsonShape.STRICT.readTree(run.out()).get("decidedAt").asText()).isEqualTo(NOW.toString());
    GoldenFiles.assertMatches("verify-sample.shape", JsonShape.of(run.out(), MAPS));
  }

  @Test
  void verifyOfImageFilesHasTheGoldenShape() throws IOException {
    VerifyCommandTest.SampleFiles sample = new VerifyCommandTest.SampleFiles();
    Path front = Files.write(dir.resolve("front.jpg"), sample.front());
    Path frame = Files.write(dir.resolve("frame.jpg"), sample.frame());
    CliTest.Run run = CliTest.run(discoveredEngineCli(), "verify", "--front=" + front, "--frames",
        frame + "," + frame, "--name", "ALEX SAMPLE", "--dob", "1980-02-29");
    assertThat(run.code()).as(run.err()).isZero();
    assertPretty(run.out());
    assertThat(JsonShape.STRICT.readTree(run.out()).get("transactionId").asText())
        .isEqualTo("cli-" + NOW.toEpochMilli());
    GoldenFiles.assertMatches("verify-files.shape", JsonShape.of(run.out(), MAPS));
  }
}
