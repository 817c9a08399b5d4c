package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.TessData;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * Reads the MRZ of the real specimens (id_documents_mrz, dev): no reading reported valid may differ
 * from the transcription, and most transcribed specimens must be read exactly.
 */
class MrzImageReadingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void noSpecimenIsMisreadAsValid() {
    Path folder = DataSets.require(DataSet.ID_DOCUMENTS_MRZ);
    Path data = TessData.unpack().orElseThrow();
    List<String> misreads = new ArrayList<>();
    int exact = 0;
    int transcribed = 0;
    try (MrzImageReader reader = new MrzImageReader(data)) {
      for (Map<String, String> row : TestData.csv(folder.resolve("labels.csv"))) {
        var image = TestData.image(folder.resolve(row.get("file")));
        long start = System.nanoTime();
        MrzImageReader.Result result = reader.read(List.of(new MrzImageReader.Source(image, false)), TODAY);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String truth = row.get("mrz_text");
        String read = result.found() ? String.join("|", result.decided().lines()) : "";
        boolean valid = result.found() && result.decided().reading().valid();
        System.out.printf("%-45s %5d ms %s %s%n    truth %s%n", row.get("file"), ms, valid ? "VALID  " : "invalid", read,
            truth);
        if (!truth.isEmpty()) {
          transcribed++;
          exact += truth.equals(read) && valid ? 1 : 0;
          if (valid && !truth.equals(read)) {
            misreads.add(row.get("file"));
          }
        }
      }
    }
    System.out.println("exact " + exact + "/" + transcribed);
    assertThat(misreads).isEmpty();
  }

  @Test
  void aCardWithoutTheZoneFallsBackToTheWholePhoto() {
    Path folder = DataSets.require(DataSet.ID_DOCUMENTS_MRZ);
    Path data = TessData.unpack().orElseThrow();
    try (MrzImageReader reader = new MrzImageReader(data)) {
      RgbImage blankCard = blank(1000, 631);
      assertThat(reader.read(List.of(new MrzImageReader.Source(blankCard, true)), TODAY).found()).isFalse();
      for (Map<String, String> row : TestData.csv(folder.resolve("labels.csv"))) {
        var image = TestData.image(folder.resolve(row.get("file")));
        MrzImageReader.Result whole = reader.read(List.of(new MrzImageReader.Source(image, false)), TODAY);
        if (whole.found() && whole.decided().reading().valid()) {
          MrzImageReader.Result viaCard = reader.read(List.of(new MrzImageReader.Source(blankCard, true, image)),
              TODAY);
          assertThat(viaCard.found()).as(row.get("file")).isTrue();
          assertThat(viaCard.decided().lines()).as(row.get("file")).isEqualTo(whole.decided().lines());
          return;
        }
      }
    }
    throw new AssertionError("no dev specimen was read as a valid zone from its whole photo");
  }

  private static RgbImage blank(int width, int height) {
    int[] pixels = new int[width * height];
    java.util.Arrays.fill(pixels, 0xE6E6E6);
    return RgbImage.of(width, height, pixels);
  }
}
