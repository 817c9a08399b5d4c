package org.kyc4j.benchmarks.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/** Issue 11: every dev MRZ vector is judged right; the evaluation itself catches a wrong judgement. */
class MrzVectorEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void everyDevVectorIsJudgedRight() throws IOException {
    Path vectors = DataSets.require(DataSet.MRZ_TEXT_VECTORS).resolve("vectors.csv");
    List<MrzVectorEvaluation.Judged> judged = MrzVectorEvaluation.evaluate(vectors);
    String table = MrzVectorEvaluation.table(judged);
    System.out.print(table);
    assertThat(judged).hasSizeGreaterThanOrEqualTo(50);
    assertThat(judged).as(table).allMatch(MrzVectorEvaluation.Judged::right);
  }

  @Test
  void aVectorWhoseLabelDisagreesWithTheCheckDigitsIsReportedWrong() throws IOException {
    String upper = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    String lower = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    String broken = "L898902C36UTO7408121F1204159ZE184226B<<<<<10";
    Path csv = Files.writeString(dir.resolve("vectors.csv"), "id,format,line1,line2,line3,all_checks_valid,failing_checks,"
        + "source_repo,origin\n"
        + "ok,TD3," + upper + "," + lower + ",,true,,x,\"a, b\"\n"
        + "right,TD3," + upper + "," + broken + ",,false,dob+comp,x,y\n"
        + "mislabelled,TD3," + upper + "," + broken + ",,false,dob,x,y\n"
        + "wrongformat,TD1," + upper + "," + lower + ",,true,,x,y\n");
    List<MrzVectorEvaluation.Judged> judged = MrzVectorEvaluation.evaluate(csv);
    assertThat(judged).extracting(MrzVectorEvaluation.Judged::right).containsExactly(true, true, false, false);
    assertThat(MrzVectorEvaluation.table(judged)).contains("| **all** | 4 | 2 | 2 | 2 | 2 |", "- mislabelled:",
        "- wrongformat:");
  }
}
