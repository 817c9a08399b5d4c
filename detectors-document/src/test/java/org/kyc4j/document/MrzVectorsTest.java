package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.MrzFormat;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/** The MRZ strings of the shared data set: valid rows are valid, the others fail exactly on the listed checks. */
class MrzVectorsTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  @Test
  void everyVectorFailsExactlyOnItsListedChecks() {
    List<Map<String, String>> rows = TestData.csv(DataSets.require(DataSet.MRZ_TEXT_VECTORS).resolve("vectors.csv"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(50);
    SoftAssertions soft = new SoftAssertions();
    int valid = 0;
    for (Map<String, String> row : rows) {
      List<String> lines = Arrays.stream(new String[] {row.get("line1"), row.get("line2"), row.get("line3")})
          .filter(line -> !line.isEmpty()).toList();
      MrzReading reading = Mrz.read(lines, TODAY);
      String id = row.get("id");
      soft.assertThat(reading.format()).as(id).isEqualTo(MrzFormat.valueOf(row.get("format")));
      if (Boolean.parseBoolean(row.get("all_checks_valid"))) {
        valid++;
        soft.assertThat(reading.problems()).as(id).isEmpty();
      } else {
        Set<String> expected = new TreeSet<>(Arrays.asList(row.get("failing_checks").split("\\+")));
        soft.assertThat(checkedCodes(reading)).as(id + " " + reading.problems()).isEqualTo(expected);
      }
    }
    System.out.printf("mrz_text_vectors: %d rows, %d valid, %d invalid%n", rows.size(), valid, rows.size() - valid);
    soft.assertAll();
  }

  @Test
  void everyTranscribedSpecimenIsValid() {
    Path folder = DataSets.require(DataSet.ID_DOCUMENTS_MRZ);
    List<Map<String, String>> rows = TestData.csv(folder.resolve("labels.csv")).stream()
        .filter(row -> !row.get("mrz_text").isEmpty()).toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    SoftAssertions soft = new SoftAssertions();
    for (Map<String, String> row : rows) {
      MrzReading reading = Mrz.read(List.of(row.get("mrz_text").split("\\|")), TODAY);
      soft.assertThat(reading.format()).as(row.get("file")).isEqualTo(MrzFormat.valueOf(row.get("mrz_format")));
      if (row.get("mrz_check_status").equals("all_check_digits_valid")) {
        soft.assertThat(reading.problems()).as(row.get("file")).isEmpty();
        soft.assertThat(reading.issuer()).as(row.get("file")).isNotNull();
      } else {
        soft.assertThat(reading.valid()).as(row.get("file")).isFalse();
      }
    }
    System.out.printf("id_documents_mrz: %d transcribed zones read%n", rows.size());
    soft.assertAll();
  }

  private static Set<String> checkedCodes(MrzReading reading) {
    return reading.failingFields().stream().filter(MrzField::checked).map(MrzField::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
