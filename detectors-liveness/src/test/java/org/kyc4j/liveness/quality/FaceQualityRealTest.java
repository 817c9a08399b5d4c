package org.kyc4j.liveness.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Reason;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Face quality on real dev captures: the 160 NUAA real frames and the 20 real selfie photos pass at STANDARD
 * (the evaluation measured 0 of 160 and 0 of 20 rejected; the test allows the 95% Wilson upper bounds of
 * those rates, 2.3% and 16.1%, that is at most 3 of each), and through the engine a constructed darkened frame
 * fails FACE_TOO_DARK while {@code liveness=CLOSED} skips the check. Skipped without the data.
 */
class FaceQualityRealTest {
  @Test
  void genuineNuaaFramesAndRealSelfiesPassAtStandard() {
    Path nuaa = DataSets.require(DataSet.NUAA_PRINT_ATTACK);
    Path selfies = DataSets.require(DataSet.SELFIE_LIVENESS_PAIRS);
    List<Path> nuaaReal = new ArrayList<>();
    for (String[] row : rows(nuaa.resolve("labels.csv"))) {
      if (row[1].equals("real")) {
        nuaaReal.add(nuaa.resolve(row[0]));
      }
    }
    List<Path> selfieReal = new ArrayList<>();
    for (String[] row : rows(selfies.resolve("labels.csv"))) {
      if (row[2].equals("real")) {
        selfieReal.add(selfies.resolve(row[0]));
        selfieReal.add(selfies.resolve(row[1]));
      }
    }
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      List<String> nuaaRejects = rejects(recognizer, nuaaReal);
      List<String> selfieRejects = rejects(recognizer, selfieReal);
      assertThat(nuaaReal).hasSize(160);
      assertThat(selfieReal).hasSize(20);
      assertThat(nuaaRejects).as("NUAA real frames rejected at STANDARD").hasSizeLessThanOrEqualTo(3);
      assertThat(selfieRejects).as("real selfies rejected at STANDARD").hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void throughTheEngineADarkFrameFailsAndClosedLivenessSkips() {
    byte[] real = QualityRequests.nuaa(QualityRequests.REAL);
    byte[] dark = QualityRequests.darkened(real, 0.08);
    try (Kyc4j engine = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider())
        .addProvider(new FaceQualityProvider()).build()) {
      Decision passed = engine.verify(QualityRequests.capture("real", Level.STANDARD, List.of(real)));
      assertThat(quality(passed).outcome()).as(quality(passed).toString()).isEqualTo(Outcome.PASS);
      Decision failed = engine.verify(QualityRequests.capture("dark", Level.STANDARD, List.of(dark)));
      assertThat(failed.status()).isEqualTo(Decision.Status.FAILURE);
      assertThat(failed.reasons()).extracting(Reason::code).contains(ReasonCode.FACE_TOO_DARK);
      Decision closed = engine.verify(QualityRequests.capture("closed", Level.CLOSED, List.of(dark)));
      assertThat(quality(closed).outcome()).isEqualTo(Outcome.SKIPPED);
    }
  }

  private static Finding quality(Decision decision) {
    return decision.findings().stream().filter(f -> f.detectorId().equals(FaceQualityDetector.ID)).findFirst()
        .orElseThrow(() -> new AssertionError("no face.quality finding in " + decision.findings()));
  }

  /** The files whose best face fails at STANDARD (or has no single face), each with the failure. */
  private static List<String> rejects(FaceRecognizer recognizer, List<Path> files) {
    List<String> rejects = new ArrayList<>();
    for (Path file : files) {
      RgbImage image = TestImages.read(file);
      FaceReading reading = recognizer.locate(image);
      if (reading.verdict() != FaceVerdict.ONE || reading.geometry().isEmpty()) {
        rejects.add(file + ": " + reading.summary());
        continue;
      }
      FaceQualityReading measured = FaceQualityMeasures.measure(image, reading.frame());
      Finding finding = FaceQualityDetector.judge(measured, Level.STANDARD, 0,
          FaceQualityDetector.evidence(measured, Level.STANDARD, 0));
      if (finding.outcome() != Outcome.PASS) {
        rejects.add(file + ": " + finding.reason().message());
      }
    }
    return rejects;
  }


  private static List<String[]> rows(Path csv) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(csv);
      return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
