package org.kyc4j.benchmarks.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.DocumentLocator;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Measures {@link DocumentLocator} on the dev parts of {@code doc_grey_copies} (corner error over
 * the labelled quad's diagonal, with the upright order and regardless of it; found rate) and of
 * {@code id_documents_mrz} (found rate), with the time per photo. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.document.DocumentLocateEvaluation [LEVEL]}.
 */
public final class DocumentLocateEvaluation {
  private DocumentLocateEvaluation() {}

  /** The corner errors of one photo: in upright order and the best over the four starting corners. */
  record Error(String file, String status, double upright, double anyOrder, long millis) {}

  /** Runs the evaluation at the level named by the first argument (STANDARD by default). */
  public static void main(String[] args) throws IOException {
    Level level = args.length > 0 ? Level.valueOf(args[0]) : Level.STANDARD;
    DataFolder data = DataFolder.locate();
    DocumentLocator locator = new DocumentLocator();
    locator.locate(Page.FRONT, RgbImage.of(64, 64, new int[64 * 64]), level);
    greyCopies(locator, data.require(DataSet.DOC_GREY_COPIES), level);
    specimens(locator, data.require(DataSet.ID_DOCUMENTS_MRZ), level);
  }

  static void greyCopies(DocumentLocator locator, Path folder, Level level) throws IOException {
    List<Error> errors = new ArrayList<>();
    long total = 0;
    for (String line : rows(folder)) {
      String[] cells = line.split(",", -1);
      double[] truth = Arrays.stream(cells[3].trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
      RgbImage photo = read(folder.resolve(cells[0]));
      long start = System.nanoTime();
      DocumentLocator.Location location = locator.locate(Page.FRONT, photo, level);
      long millis = (System.nanoTime() - start) / 1_000_000;
      total += millis;
      double diagonal = DocumentQuad.of(truth).diagonal();
      double upright = Double.NaN;
      double any = Double.NaN;
      if (location.card().isPresent()) {
        double[] found = location.card().get().corners().coordinates();
        upright = meanDistance(found, truth, 0) / diagonal;
        any = upright;
        for (int shift = 1; shift < 4; shift++) {
          any = Math.min(any, meanDistance(found, truth, shift) / diagonal);
        }
      }
      errors.add(new Error(cells[0], location.status().name(), upright, any, millis));
      System.out.printf(Locale.ROOT, "%-48s %-9s %-22s upright %.4f any %.4f %d ms%n", cells[0],
          location.status(), location.evidence().get("method") + "/" + location.evidence().get("orientation"),
          upright, any, millis);
    }
    System.out.printf(Locale.ROOT, "%ndoc_grey_copies dev at %s: %d photos, %.0f ms mean per photo%n", level,
        errors.size(), total / (double) errors.size());
    System.out.println("| corner error / diagonal | found | mean | median | p90 | within 2% |");
    System.out.println("|---|---|---|---|---|---|");
    summary("upright order", errors.stream().mapToDouble(Error::upright).toArray(), errors.size());
    summary("any starting corner", errors.stream().mapToDouble(Error::anyOrder).toArray(), errors.size());
    long found = errors.stream().filter(e -> e.status().equals("FOUND")).count();
    long cut = errors.stream().filter(e -> e.status().equals("CUT_OFF")).count();
    System.out.printf(Locale.ROOT, "status FOUND %d, CUT_OFF %d, NOT_FOUND %d%n", found, cut,
        errors.size() - found - cut);
  }

  static void specimens(DocumentLocator locator, Path folder, Level level) throws IOException {
    int found = 0;
    int cut = 0;
    int count = 0;
    long total = 0;
    for (String line : rows(folder)) {
      String file = line.split(",", -1)[0];
      RgbImage photo = read(folder.resolve(file));
      long start = System.nanoTime();
      DocumentLocator.Location location = locator.locate(Page.FRONT, photo, level);
      total += (System.nanoTime() - start) / 1_000_000;
      count++;
      found += location.status() == DocumentLocator.Status.FOUND ? 1 : 0;
      cut += location.status() == DocumentLocator.Status.CUT_OFF ? 1 : 0;
      System.out.printf(Locale.ROOT, "%-60s %-9s %s %s%n", file, location.status(),
          location.evidence().get("method"), location.evidence().getOrDefault("orientation", ""));
    }
    System.out.printf(Locale.ROOT, "%nid_documents_mrz at %s: %d images, FOUND %d, CUT_OFF %d, NOT_FOUND %d, "
        + "%.0f ms mean per image%n", level, count, found, cut, count - found - cut, total / (double) count);
  }

  private static void summary(String name, double[] values, int total) {
    double[] found = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (found.length == 0) {
      System.out.printf("| %s | 0/%d | | | | |%n", name, total);
      return;
    }
    double mean = Arrays.stream(found).average().orElse(Double.NaN);
    long within = Arrays.stream(found).filter(v -> v <= 0.02).count();
    System.out.printf(Locale.ROOT, "| %s | %d/%d | %.2f%% | %.2f%% | %.2f%% | %d/%d (%.0f%%) |%n", name, found.length,
        total, 100 * mean, 100 * found[found.length / 2], 100 * found[(int) Math.min(found.length - 1,
        Math.ceil(0.9 * found.length) - 1)], within, total, 100.0 * within / total);
  }

  static double meanDistance(double[] found, double[] truth, int shift) {
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      int j = (i + shift) % 4;
      sum += Math.hypot(found[2 * j] - truth[2 * i], found[2 * j + 1] - truth[2 * i + 1]);
    }
    return sum / 4;
  }

  private static List<String> rows(Path folder) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("labels.csv"), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
  }

  static RgbImage read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("no ImageIO reader for " + file);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    return RgbImage.of(w, h, image.getRGB(0, 0, w, h, null, 0, w));
  }
}
