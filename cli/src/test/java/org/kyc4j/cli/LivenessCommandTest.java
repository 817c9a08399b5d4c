package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.api.Decision;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/** {@code kyc4j liveness} on real NUAA frames: one row per capture, statuses from the engine's decision. */
class LivenessCommandTest {
  @TempDir
  Path dir;

  private CliTest.Run liveness(String csv, String... options) throws IOException {
    Path captures = Files.writeString(dir.resolve("captures.csv"), csv);
    List<String> argv = new ArrayList<>(List.of("liveness", "--captures", captures.toString()));
    argv.addAll(List.of(options));
    return CliTest.run(new Cli(List.of(new LivenessCommand())), argv.toArray(String[]::new));
  }

  @Test
  void aRealFrameIsLiveAPrintIsSpoofAndBadRowsAreErrors() throws IOException {
    DataSets.requireModel("minifasnet");
    Path nuaa = DataSets.require(DataSet.NUAA_PRINT_ATTACK);
    Path real = nuaa.resolve("real/0001/0001_00_00_01_0.jpg");
    Path print = nuaa.resolve("spoof/0001/0001_00_00_01_0.jpg");
    CliTest.Run run = liveness("frames,interval_ms\n" + real + ",\n" + print + ",\n" + real + ";" + real + ",33\n"
        + "missing.jpg,\n" + real + ",-5\n");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("frames,score,reasons,status,message");
    assertThat(lines.get(1)).matches(".*,0\\.\\d{4},,LIVE,");
    assertThat(lines.get(2)).matches(".*,0\\.\\d{4},SPOOF_DETECTED,SPOOF,.*");
    assertThat(lines.get(3)).contains(",LIVE,");
    assertThat(lines.get(4)).contains(",ERROR,column frames: no such file 'missing.jpg'");
    assertThat(lines.get(5)).contains(",ERROR,column interval_ms is '-5'");
  }

  @Test
  void askedActionsThatAStillCannotShowAreActionFailed() throws IOException {
    DataSets.requireModel("minifasnet");
    Path real = DataSets.require(DataSet.NUAA_PRINT_ATTACK).resolve("real/0001/0001_00_00_01_0.jpg");
    CliTest.Run run = liveness("frames\n" + real + ";" + real + ";" + real + "\n", "--actions", "FACEBLINK");
    assertThat(run.out().lines().toList().get(1)).contains("ACTION_FAILED,ACTION_FAILED,");
  }

  @Test
  void statusesFollowTheDecisionsReasons() {
    assertThat(LivenessJob.status(Decision.Status.SUCCESS, List.of())).isEqualTo("LIVE");
    assertThat(LivenessJob.status(Decision.Status.FAILURE, List.of(ReasonCode.ACTION_FAILED, ReasonCode.SPOOF_DETECTED)))
        .isEqualTo("SPOOF");
    assertThat(LivenessJob.status(Decision.Status.FAILURE, List.of(ReasonCode.NO_FACE))).isEqualTo("NO_FACE");
    assertThat(LivenessJob.status(Decision.Status.FAILURE, List.of(ReasonCode.MULTIPLE_FACES))).isEqualTo("QUALITY");
  }

  @Test
  void levelAndActionsMustBeUsable() throws IOException {
    assertThat(liveness("frames\n", "--level", "CLOSED").code()).isEqualTo(2);
    assertThat(liveness("frames\n", "--actions", "WINK").err()).contains("'WINK' is not one of");
    assertThat(liveness("frames\n", "--actions", "FACEBLINK+FACEBLINK").err()).contains("twice");
  }
}
