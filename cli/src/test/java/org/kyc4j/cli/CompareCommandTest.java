package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

class CompareCommandTest {
  @TempDir
  Path dir;

  static Path lfw(String person, int photo) {
    Path file = DataSets.require(DataSet.LFW_FACES)
        .resolve("images/" + person + "/" + person + String.format("_%04d.jpg", photo));
    assertThat(file).as("an LFW dev photo").isRegularFile();
    return file;
  }

  private CliTest.Run compare(String csv, String... options) throws IOException {
    Path pairs = Files.writeString(dir.resolve("pairs.csv"), csv);
    List<String> argv = new java.util.ArrayList<>(List.of("compare", "--pairs", pairs.toString()));
    argv.addAll(List.of(options));
    return CliTest.run(new Cli(List.of(new CompareCommand())), argv.toArray(String[]::new));
  }

  @Test
  void samePersonMatchesOtherPersonDoesNotAndEveryRowIsWritten() throws IOException {
    Path a1 = lfw("Aaron_Peirsol", 1);
    Path a2 = lfw("Aaron_Peirsol", 2);
    Path other = lfw("Allyson_Felix", 1);
    BufferedImage gradient = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        gradient.setRGB(x, y, (x + y) / 2 * 0x010101);
      }
    }
    ImageIO.write(gradient, "png", dir.resolve("grey.png").toFile());
    CliTest.Run run = compare("a,b\n" + a1 + "," + a2 + "\n" + a1 + "," + other + "\ngrey.png," + a1 + "\n"
        + a1 + ",grey.png\nmissing.jpg," + a1 + "\n");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("a,b,similarity,status,message");
    assertThat(lines.get(1)).matches(".*,0\\.9\\d{3},MATCH,");
    assertThat(lines.get(2)).matches(".*,0\\.\\d{4},MISMATCH,");
    assertThat(lines.get(3)).endsWith(",,NO_FACE_A,a: no face");
    assertThat(lines.get(4)).endsWith(",,NO_FACE_B,b: no face");
    assertThat(lines.get(5)).contains(",,ERROR,column a: no such file");
  }

  @Test
  void levelMustBeAUsableLevel() throws IOException {
    assertThat(compare("a,b\n", "--level", "CLOSED").code()).isEqualTo(2);
    CliTest.Run bad = compare("a,b\n", "--level", "medium");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("LOOSE, STANDARD, STRICT");
  }
}
