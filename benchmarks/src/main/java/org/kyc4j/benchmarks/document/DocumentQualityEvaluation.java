package org.kyc4j.benchmarks.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import javax.imageio.ImageIO;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.benchmarks.Wilson;
import org.kyc4j.document.BlurDetectorProvider;
import org.kyc4j.document.ExposureDetectorProvider;
import org.kyc4j.document.GlareDetectorProvider;
import org.kyc4j.document.OcclusionDetectorProvider;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.TestImages;

/**
 * Measures the document photo-quality detectors (blur, glare, exposure, occlusion) on the dev
 * specimens of {@code id_documents_mrz}: how many clean specimens each level rejects, and how many
 * constructed degradations of them (blur, glare over the MRZ band, a finger, dark, bright) it
 * detects. No locator runs, so every page is measured on the whole photo. Prints Markdown tables
 * with 95% Wilson intervals and each detector's score range.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.document.DocumentQualityEvaluation}
 */
public final class DocumentQualityEvaluation {
  private static final Level[] LEVELS = {Level.LOOSE, Level.STANDARD, Level.STRICT};

  /** One defect: its name, the detector meant to catch it, and how to construct it from a specimen. */
  record Defect(String name, String detectorId, BiFunction<RgbImage, Integer, RgbImage> apply) {}

  private DocumentQualityEvaluation() {}

  /** Runs the evaluation; the data folder is found as the project's data locator finds it. */
  public static void main(String[] args) throws IOException {
    Path folder = DataFolder.locate().require(DataSet.ID_DOCUMENTS_MRZ);
    List<RgbImage> specimens = load(folder);
    EngineSettings settings = new EngineSettings(Clock.systemUTC(), 0, Map.of());
    List<Detector> detectors = List.of(new BlurDetectorProvider().create(settings),
        new GlareDetectorProvider().create(settings), new ExposureDetectorProvider().create(settings),
        new OcclusionDetectorProvider().create(settings));
    List<Defect> defects = List.of(
        new Defect("clean", "", (image, i) -> image),
        new Defect("blur (Gaussian, sigma 0.5% of the long side)", "document.blur",
            (image, i) -> DocumentDefects.blur(image, 0.005 * Math.max(image.width(), image.height()))),
        new Defect("glare over the MRZ band (sigma 5% of the long side)", "document.glare",
            (image, i) -> DocumentDefects.glareOverMrz(image, 0.05 * Math.max(image.width(), image.height()))),
        new Defect("finger from the bottom edge (3 skin tones)", "document.occlusion",
            (image, i) -> DocumentDefects.finger(image, i, i)),
        new Defect("dark (x0.3)", "document.exposure", (image, i) -> DocumentDefects.darken(image, 0.3)),
        new Defect("bright (washed out, contrast 0.3)", "document.exposure",
            (image, i) -> DocumentDefects.washOut(image, 0.3)));
    System.out.println("id_documents_mrz dev: " + specimens.size() + " specimens, measured on the whole photo "
        + "(no locator installed)\n");
    System.out.println("| photos | level | rejected for quality (any detector) | caught by the detector meant for it |");
    System.out.println("|---|---|---|---|");
    for (Defect defect : defects) {
      report(defect, measure(defect, specimens, detectors), detectors);
    }
  }

  /** Returns each detector's score of each degraded specimen: scores[detector][specimen]. */
  private static double[][] measure(Defect defect, List<RgbImage> specimens, List<Detector> detectors) {
    double[][] scores = new double[detectors.size()][specimens.size()];
    for (int s = 0; s < specimens.size(); s++) {
      RgbImage image = defect.apply().apply(specimens.get(s), s);
      DecodedImages pages = new DecodedImages(Map.of(Page.FRONT, image), List.of());
      for (int d = 0; d < detectors.size(); d++) {
        Detector detector = detectors.get(d);
        scores[d][s] = detector.detect(new EvaluationContext(detector, pages, Instant.now())).score();
      }
    }
    return scores;
  }

  private static void report(Defect defect, double[][] scores, List<Detector> detectors) {
    int n = scores[0].length;
    Map<String, String> ranges = new LinkedHashMap<>();
    for (Level level : LEVELS) {
      int any = 0;
      int meant = 0;
      for (int s = 0; s < n; s++) {
        boolean rejected = false;
        for (int d = 0; d < detectors.size(); d++) {
          boolean fails = !detectors.get(d).thresholds().passes(scores[d][s], level);
          rejected |= fails;
          meant += fails && detectors.get(d).id().equals(defect.detectorId()) ? 1 : 0;
        }
        any += rejected ? 1 : 0;
        if (rejected && defect.detectorId().isEmpty() && level == Level.STANDARD) {
          System.err.println("clean specimen #" + s + " rejected at STANDARD: " + failing(scores, s, detectors, level));
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", defect.name(), level, Wilson.share(any, n),
          defect.detectorId().isEmpty() ? "-" : Wilson.share(meant, n));
    }
    for (int d = 0; d < detectors.size(); d++) {
      double[] sorted = scores[d].clone();
      java.util.Arrays.sort(sorted);
      ranges.put(detectors.get(d).id(), String.format(Locale.ROOT, "min %.4g median %.4g max %.4g", sorted[0],
          sorted[n / 2], sorted[n - 1]));
    }
    System.err.println("scores on " + defect.name() + ": " + ranges);
  }

  private static String failing(double[][] scores, int s, List<Detector> detectors, Level level) {
    StringBuilder text = new StringBuilder();
    for (int d = 0; d < detectors.size(); d++) {
      if (!detectors.get(d).thresholds().passes(scores[d][s], level)) {
        text.append(detectors.get(d).id()).append('=').append(String.format(Locale.ROOT, "%.4g ", scores[d][s]));
      }
    }
    return text.toString();
  }

  private static List<RgbImage> load(Path folder) throws IOException {
    List<RgbImage> images = new ArrayList<>();
    List<String> lines = Files.readAllLines(folder.resolve("labels.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        BufferedImage image = ImageIO.read(folder.resolve(line.split(",", -1)[0]).toFile());
        images.add(TestImages.flattenedOnWhite(image));
      }
    }
    return images;
  }

}
