package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/** Issue 11: kyc4j document runs ID_RECOGNITION per row and reports what the document stage found. */
class DocumentCommandTest {
  static final String QUAD = "12 20 312 24 308 214 10 210";

  @TempDir
  Path dir;

  /** Stands in for a document detector: {@code document.locate}, {@code document.mrz} (with fields) or {@code face.portrait}. */
  record Fake(String id, Stage stage, Outcome outcome) implements Detector, DetectorProvider {
    @Override
    public Set<Key<?>> requires() {
      return Set.of(Keys.REQUEST);
    }

    @Override
    public Set<Key<?>> provides() {
      return id.equals("document.mrz") ? Set.of(Keys.DOCUMENT_FIELDS) : Set.of();
    }

    @Override
    public Finding detect(DetectionContext context) {
      if (id.equals("document.mrz")) {
        boolean back = context.get(Keys.REQUEST).documents().stream().anyMatch(d -> d.page() == Page.BACK);
        context.put(Keys.DOCUMENT_FIELDS, new DocumentFields(Map.of(DocumentFields.DOCUMENT_TYPE, "ID_CARD_TD1",
            DocumentFields.MRZ_LINES, back ? "BACK|LINES|READ" : "L1|L2|L3", DocumentFields.ID_NUMBER, "D23145890")));
      }
      if (outcome == Outcome.FAIL) {
        return Finding.of(id, stage, outcome, ReasonCode.DOC_MRZ_INVALID, "composite check digit is 3, computed 0",
            Double.NaN, Double.NaN, Map.of());
      }
      return Finding.pass(id, stage, Double.NaN, Double.NaN, id.equals("document.locate") ? Map.of(DocumentJob.QUAD, QUAD) : Map.of());
    }

    @Override
    public Detector create(EngineSettings settings) {
      return this;
    }
  }

  private Path csv(String text) throws IOException {
    BufferedImage card = new BufferedImage(320, 220, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(card, "png", dir.resolve("card.png").toFile());
    Files.writeString(dir.resolve("broken.jpg"), "not an image");
    return Files.writeString(dir.resolve("docs.csv"), text);
  }

  private static CliTest.Run run(Path csv, DetectorProvider... providers) {
    DocumentCommand command = new DocumentCommand(() -> {
      Kyc4j.Builder builder = Kyc4j.builder().discovery(false);
      for (DetectorProvider provider : providers) {
        builder.addProvider(provider);
      }
      return builder.build();
    });
    return CliTest.run(new Cli(List.of(command)), "document", "--images", csv.toString());
  }

  @Test
  void everyColumnComesFromTheDecisionAndABrokenPhotoIsAnErrorRow() throws IOException {
    Path csv = csv("front,back\ncard.png,\ncard.png,card.png\nbroken.jpg,\nmissing.png,\n");
    CliTest.Run run = run(csv, new Fake("document.locate", Stage.DOCUMENT, Outcome.PASS),
        new Fake("document.mrz", Stage.DOCUMENT, Outcome.PASS), new Fake("face.portrait", Stage.DOCUMENT, Outcome.PASS));
    assertThat(run.code()).as(run.err()).isZero();
    List<String> rows = run.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("front,back,document_type,quad,mrz,mrz_valid,id_number,portrait,status,reasons,message");
    assertThat(rows.get(1)).startsWith("card.png,,ID_CARD_TD1," + QUAD + ",L1|L2|L3,true,D23145890,true,");
    assertThat(rows.get(2)).startsWith("card.png,card.png,ID_CARD_TD1," + QUAD + ",BACK|LINES|READ,true,D23145890,true,");
    assertThat(rows.get(3)).startsWith("broken.jpg,,,,,,,,ERROR,,").contains("UNSUPPORTED_FORMAT");
    assertThat(rows.get(4)).isEqualTo("missing.png,,,,,,,,ERROR,,column front: no such file 'missing.png'");
    assertThat(rows).hasSize(5);
  }

  @Test
  void anInvalidMrzIsFalseTheReasonsAreJoinedAndWhatDidNotRunIsEmpty() throws IOException {
    CliTest.Run run = run(csv("front\ncard.png\n"), new Fake("document.mrz", Stage.DOCUMENT, Outcome.FAIL));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("card.png,,ID_CARD_TD1,,L1|L2|L3,false,D23145890,,FAILURE,DOC_MRZ_INVALID")
        .contains("composite check digit is 3, computed 0");
  }

  @Test
  void theRealEngineJudgesAPhotoWithoutACardAndTheUsageNamesTheColumns() throws IOException {
    CliTest.Run run = CliTest.run(Main.cli(), "document", "--images", csv("front,back\ncard.png,\n").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("card.png,,")
        .matches("card\\.png,,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,(SUCCESS|PENDING|FAILURE),[A-Z_;]+,.*");
    CliTest.Run usage = CliTest.run(Main.cli(), "help", "document");
    assertThat(usage.out()).contains("kyc4j document --images FILE.csv", "document_type", "quad", "mrz_valid");
  }

  @Test
  void aBadConfigOrAMissingFrontColumnExits2() throws IOException {
    Path csv = csv("front\ncard.png\n");
    CliTest.Run config = CliTest.run(new Cli(List.of(new DocumentCommand())), "document", "--images", csv.toString(),
        "--config", "documentAntiSpoof=MEDIUM");
    assertThat(config.code()).isEqualTo(2);
    assertThat(config.err()).startsWith("kyc4j document: --config: ").contains("documentAntiSpoof");
    CliTest.Run column = run(csv("back\ncard.png\n"));
    assertThat(column.code()).isEqualTo(2);
    assertThat(column.err()).contains("lacks the column(s) [front]");
  }
}
