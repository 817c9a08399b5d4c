package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class BatchCommandTest {
  /** A batch that reports the size of the image in column {@code image}; a test stand-in for compare. */
  @Command(name = "size", description = "print image sizes")
  static final class ImageSize extends BatchCommand {
    boolean closed;
    @Option(names = "--images", paramLabel = "FILE.csv", required = true, description = "CSV with column image")
    String images;
    @Option(names = "--min-width", paramLabel = "PX", description = "narrower images are SMALL")
    long minWidth = 1;

    @Override
    protected String inputFile() {
      return images;
    }

    @Override
    protected BatchJob openJob() {
      return new BatchJob() {
        @Override
        public List<String> inputColumns() {
          return List.of("image");
        }

        @Override
        public List<String> resultColumns() {
          return List.of("width", "height");
        }

        @Override
        public RowResult process(BatchRow row) throws RowException {
          BufferedImage image;
          try {
            image = ImageIO.read(new ByteArrayInputStream(row.file("image")));
          } catch (IOException e) {
            throw new RowException("column image: cannot decode: " + e.getMessage(), e);
          }
          if (image == null) {
            throw new RowException("column image: not an image");
          }
          return RowResult.of(image.getWidth() < minWidth ? "SMALL" : "OK",
              Map.of("width", Integer.toString(image.getWidth()), "height", Integer.toString(image.getHeight())));
        }

        @Override
        public void close() {
          closed = true;
        }
      };
    }
  }

  @TempDir
  Path dir;

  private void png(String name, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    ImageIO.write(image, "png", dir.resolve(name).toFile());
  }

  private CliTest.Run batch(String csv, String... extra) throws IOException {
    Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
    String[] argv = new String[extra.length + 3];
    argv[0] = "size";
    argv[1] = "--images";
    argv[2] = dir.resolve("in.csv").toString();
    System.arraycopy(extra, 0, argv, 3, extra.length);
    return CliTest.run(new Cli(List.of(new ImageSize())), argv);
  }

  @Test
  void writesOneRowPerInputRowInOrderAndGoesOnAfterBadImages() throws Exception {
    png("a.png", 30, 20);
    png("b.png", 5, 7);
    Files.write(dir.resolve("junk.png"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("random.jpg"), randomBytes(4096, 42));
    CliTest.Run run = batch("image,label\na.png,x\nmissing.png,y\njunk.png,z\nrandom.jpg,w\n,v\n"
        + dir.resolve("b.png") + ",u\n", "--min-width", "10");
    assertThat(run.code()).as(run.err()).isZero();
    CsvTables.Table out = CsvTables.read(new StringReader(run.out()));
    assertThat(out.header()).containsExactly("image", "width", "height", "status", "message");
    assertThat(out.rows()).extracting(r -> r.get("status"))
        .containsExactly("OK", "ERROR", "ERROR", "ERROR", "ERROR", "SMALL");
    assertThat(out.rows().get(0).toList()).containsExactly("a.png", "30", "20", "OK", "");
    assertThat(out.rows().get(1).get("message")).isEqualTo("column image: no such file 'missing.png'");
    assertThat(out.rows().get(2).get("message")).contains("not an image");
    assertThat(out.rows().get(4).get("message")).isEqualTo("column image is empty; it names an image file");
    assertThat(out.rows().get(5).toList()).containsExactly(dir.resolve("b.png").toString(), "5", "7", "SMALL", "");
  }

  @Test
  void devicesAndFoldersAreRefusedWithoutBeingReadAndTheBatchGoesOn() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero (Linux)");
    png("a.png", 30, 20);
    Files.createDirectories(dir.resolve("folder.png"));
    CliTest.Run run = batch("image\n/dev/zero\nfolder.png\na.png\n");
    assertThat(run.code()).as(run.err()).isZero();
    CsvTables.Table out = CsvTables.read(new StringReader(run.out()));
    assertThat(out.rows()).extracting(r -> r.get("status")).containsExactly("ERROR", "ERROR", "OK");
    assertThat(out.rows().get(0).get("message"))
        .isEqualTo("column image: '/dev/zero' is not a regular file (a device, FIFO or socket)");
    assertThat(out.rows().get(1).get("message")).isEqualTo("column image: 'folder.png' is not a regular file (a directory)");
    CliTest.Run device = CliTest.run(new Cli(List.of(new ImageSize())), "size", "--images", "/dev/zero");
    assertThat(device.code()).isEqualTo(2);
    assertThat(device.err()).contains("/dev/zero is not a regular file");
  }

  @Test
  void anEmptyTableGivesTheHeaderOnly() throws Exception {
    CliTest.Run run = batch("image\n");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("image,width,height,status,message\n");
  }

  @Test
  void unusableInputExits2WithUsage() throws Exception {
    assertThat(batch("picture\nx.png\n").err()).contains("lacks the column(s) [image]").contains("usage: kyc4j size");
    assertThat(batch("picture\nx.png\n").code()).isEqualTo(2);
    assertThat(batch("image\n\"x.png\n").code()).isEqualTo(2);
    assertThat(batch("image\n\"x.png\n").err()).contains("is not valid CSV: line 2");
    CliTest.Run missing = CliTest.run(new Cli(List.of(new ImageSize())), "size", "--images", dir.resolve("no.csv").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(CliTest.run(new Cli(List.of(new ImageSize())), "size").code()).isEqualTo(2);
    assertThat(batch("image\n", "--min-width", "wide").code()).isEqualTo(2);
  }

  @Test
  void theJobIsClosedAndUndeclaredColumnsAreAnErrorRow() throws Exception {
    ImageSize command = new ImageSize();
    Files.writeString(dir.resolve("in.csv"), "image\n", StandardCharsets.UTF_8);
    CliTest.run(new Cli(List.of(command)), "size", "--images", dir.resolve("in.csv").toString());
    assertThat(command.closed).isTrue();

    BatchJob sloppy = new BatchJob() {
      @Override
      public List<String> inputColumns() {
        return List.of("image");
      }

      @Override
      public List<String> resultColumns() {
        return List.of("width");
      }

      @Override
      public RowResult process(BatchRow row) {
        return RowResult.of("OK", Map.of("depth", "3"));
      }
    };
    CsvTables.Table table = CsvTables.read(new StringReader("image\nx\n"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Io io = new Io(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, dir);
    BatchCommand.runRows(sloppy, table, dir, io);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("ERROR,internal error: the job wrote undeclared column(s) [depth]");
  }

  @Test
  void relativePathsAreLookedUpBesideTheCsvThenInTheWorkingDirectory() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(sub.resolve("beside.txt"), "b");
    Files.writeString(work.resolve("cwd.txt"), "c");
    CsvTables.Table table = CsvTables.read(new StringReader("p\nbeside.txt\ncwd.txt\n"));
    BatchRow beside = new BatchRow(table.rows().get(0), sub, work);
    BatchRow cwd = new BatchRow(table.rows().get(1), sub, work);
    assertThat(beside.file("p")).containsExactly('b');
    assertThat(cwd.file("p")).containsExactly('c');
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
