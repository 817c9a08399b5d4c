package org.kyc4j.benchmarks.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.benchmarks.Wilson;
import org.kyc4j.document.MrzDetectorProvider;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Reads the MRZ of every dev image of {@code id_documents_mrz} with {@code document.mrz} (no claimed
 * lines, the whole photo as the front page) and prints a Markdown table: zones read exactly among the
 * transcribed ones (with a 95% Wilson interval), misreads reported valid, invalid and unreadable
 * zones, and the time per image. The clock is set to 1990-01-01 so that expired specimens still show
 * whether their zone was read; expiry is tested elsewhere.
 */
public final class MrzReadEvaluation {
  private static final Instant NOW = Instant.parse("1990-01-01T00:00:00Z");

  private MrzReadEvaluation() {}

  /** Runs the evaluation; no arguments. */
  public static void main(String[] args) throws Exception {
    Path folder = DataFolder.locate().require(DataSet.ID_DOCUMENTS_MRZ);
    Detector detector = new MrzDetectorProvider().create(new EngineSettings(Clock.systemUTC(), 0, Map.of()));
    int transcribed = 0;
    int exact = 0;
    int misreadValid = 0;
    int invalid = 0;
    int unreadable = 0;
    int untranscribedValid = 0;
    int untranscribed = 0;
    List<Long> times = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    try {
      for (Map<String, String> row : csv(folder.resolve("labels.csv"))) {
        RgbImage image = image(folder.resolve(row.get("file")));
        Board board = new Board(image);
        long start = System.nanoTime();
        Finding finding = detector.detect(board);
        long ms = (System.nanoTime() - start) / 1_000_000;
        times.add(ms);
        String read = board.fields.map(f -> f.fields().get(DocumentFields.MRZ_LINES)).orElse("");
        String truth = row.get("mrz_text");
        boolean valid = finding.outcome() == Outcome.PASS;
        ReasonCode reason = finding.reason() == null ? null : finding.reason().code();
        invalid += reason == ReasonCode.DOC_MRZ_INVALID ? 1 : 0;
        unreadable += reason == ReasonCode.DOC_MRZ_UNREADABLE ? 1 : 0;
        String verdict;
        if (truth.isEmpty()) {
          untranscribed++;
          untranscribedValid += valid ? 1 : 0;
          verdict = valid ? "valid (no transcription)" : String.valueOf(reason);
        } else {
          transcribed++;
          boolean same = valid && read.equals(truth);
          exact += same ? 1 : 0;
          misreadValid += valid && !same ? 1 : 0;
          verdict = same ? "exact" : valid ? "MISREAD REPORTED VALID: `" + read + "`" : String.valueOf(reason);
        }
        rows.add("| " + row.get("file").replace("images/", "") + " | " + row.get("mrz_format") + " | " + verdict
            + " | " + ms + " |");
      }
    } finally {
      if (detector instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
    print(rows, transcribed, exact, misreadValid, invalid, unreadable, untranscribed, untranscribedValid, times);
  }

  private static void print(List<String> rows, int transcribed, int exact, int misreadValid, int invalid,
      int unreadable, int untranscribed, int untranscribedValid, List<Long> times) {
    System.out.println("| image | format | result | ms |");
    System.out.println("|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    double[] ci = Wilson.interval(exact, transcribed);
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    System.out.printf(Locale.ROOT, "| MRZ read exactly (transcribed) | %d/%d = %.3f [%.3f, %.3f] |%n", exact,
        transcribed, exact / (double) transcribed, ci[0], ci[1]);
    System.out.printf(Locale.ROOT, "| misreads reported valid (transcribed) | %d/%d |%n", misreadValid, transcribed);
    System.out.printf(Locale.ROOT, "| valid zone, no transcription to compare | %d/%d |%n", untranscribedValid,
        untranscribed);
    System.out.printf(Locale.ROOT, "| DOC_MRZ_INVALID / DOC_MRZ_UNREADABLE (all %d) | %d / %d |%n", times.size(),
        invalid, unreadable);
    System.out.printf(Locale.ROOT, "| ms per image: median / p90 / max | %d / %d / %d |%n",
        sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)), sorted.get(sorted.size() - 1));
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private static RgbImage image(Path file) throws IOException {
    BufferedImage read = ImageIO.read(file.toFile());
    BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
    g.drawImage(read, 0, 0, null);
    g.dispose();
    return RgbImage.of(rgb.getWidth(), rgb.getHeight(), rgb.getRGB(0, 0, rgb.getWidth(), rgb.getHeight(), null, 0,
        rgb.getWidth()));
  }

  /** The board of one request: the decoded front page, the fields the detector writes. */
  private static final class Board implements DetectionContext {
    private final DecodedImages images;
    private final VerificationRequest request;
    private Optional<DocumentFields> fields = Optional.empty();

    Board(RgbImage page) {
      this.images = new DecodedImages(Map.of(Page.FRONT, page), List.of());
      this.request = VerificationRequest.builder("eval", Product.ID_RECOGNITION).subject(Subject.builder().build())
          .document(new DocumentImage(Page.FRONT, new byte[] {1}, NOW)).requestedAt(NOW).build();
    }

    @Override
    public <T> T get(Key<T> key) {
      return find(key).orElseThrow();
    }

    @Override
    public <T> Optional<T> find(Key<T> key) {
      return key.equals(Keys.IMAGES) ? Optional.of(key.type().cast(images)) : Optional.empty();
    }

    @Override
    public <T> void put(Key<T> key, T value) {
      if (key.equals(Keys.DOCUMENT_FIELDS)) {
        fields = Optional.of((DocumentFields) value);
      }
    }

    @Override
    public VerificationRequest request() {
      return request;
    }

    @Override
    public Level level() {
      return Level.STANDARD;
    }

    @Override
    public Instant now() {
      return NOW;
    }
  }
}
