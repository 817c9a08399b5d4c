package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: kyc4j mrz validates the zones of a CSV file, judged at --today, with a golden output. */
class MrzCommandTest {
  private static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String TD3_2 = "L898902C36UTO7408122F3004157ZE184226B<<<<<16";
  private static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
  private static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
  private static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

  @TempDir
  Path dir;

  private CliTest.Run mrz(String csv, String... options) throws IOException {
    Path file = Files.writeString(dir.resolve("lines.csv"), csv);
    List<String> argv = new java.util.ArrayList<>(List.of("mrz", "--lines", file.toString()));
    argv.addAll(List.of(options));
    return CliTest.run(Main.cli(), argv.toArray(String[]::new));
  }

  @Test
  void everyStatusAndTheFailingChecksMatchTheGoldenCsv() throws IOException {
    String csv = "line1,line2,line3\n"
        + TD3_1 + "," + TD3_2 + ",\n"
        + TD3_1 + "," + TD3_2.replace("F3004157", "F3004158") + ",\n"
        + TD1_1 + "," + TD1_2 + "," + TD1_3 + "\n"
        + TD1_1.replace("907", "908") + "," + TD1_2.replace("2F", "3F") + "," + TD1_3 + "\n"
        + "hello,world,\n"
        + " " + TD3_1 + " , " + TD3_2 + " ,\n";
    CliTest.Run run = mrz(csv, "--today", "2025-06-15");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    GoldenFiles.assertMatches("mrz.csv", run.out());
    List<String> rows = run.out().lines().toList();
    assertThat(rows.get(1)).endsWith(",TD3,true,,false,VALID,");
    assertThat(rows.get(2)).contains(",TD3,false,exp;comp,false,INVALID,");
    assertThat(rows.get(3)).contains(",TD1,true,,true,EXPIRED,");
    assertThat(rows.get(4)).contains(",TD1,false,doc;dob,true,INVALID,");
    assertThat(rows.get(5)).contains(",NONE,false,,,UNREADABLE,");
  }

  @Test
  void theLine3ColumnMayBeLeftOutAndExpiryFollowsToday() throws IOException {
    String csv = "line1,line2\n" + TD3_1 + "," + TD3_2 + "\n";
    assertThat(mrz(csv, "--today", "2030-04-16").out().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo(TD3_1 + "," + TD3_2 + ",,TD3,true,,true,EXPIRED,\"expired on 2030-04-15, before 2030-04-16\"");
    assertThat(mrz(csv, "--today", "2030-04-15").out()).contains(",TD3,true,,false,VALID,");
  }

  @Test
  void aMissingColumnOrABadDateExits2() throws IOException {
    CliTest.Run noLine2 = mrz("line1\n" + TD3_1 + "\n");
    assertThat(noLine2.code()).isEqualTo(2);
    assertThat(noLine2.err()).startsWith("kyc4j mrz: ").contains("lacks the column(s) [line2]");
    CliTest.Run badDate = mrz("line1,line2\n" + TD3_1 + "," + TD3_2 + "\n", "--today", "15.06.2025");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).startsWith("kyc4j mrz: --today 15.06.2025 is not a date YYYY-MM-DD");
  }
}
