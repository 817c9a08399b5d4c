package org.kyc4j.benchmarks.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.kyc4j.api.Level;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.DocumentSpoofPolicy;
import org.kyc4j.document.internal.AuthenticityCues;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Measures {@code document.anti-spoof}'s cues per level. Real data: {@code doc_grey_copies} dev (phone
 * photos of printed grey copies; colour on the labelled quad warped to a card raster, as the locator would
 * give it, and on the whole photo) against the {@code id_documents_mrz} dev specimens (whole image).
 * Simulated (say so): screen recaptures of the specimens and pasted-region edits, see {@link SimulatedAttacks}.
 * Prints Markdown; rates come with 95% Wilson intervals.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.document.DocumentSpoofEvaluation
 * [samples.csv]}; the optional file gets the cues of every sample.
 */
public final class DocumentSpoofEvaluation {
  private static final Level[] LEVELS = {Level.LOOSE, Level.STANDARD, Level.STRICT};

  /** One measured image: its set, name and cues. */
  record Sample(String set, String file, AuthenticityCues cues, boolean located) {}

  private DocumentSpoofEvaluation() {}

  /** Runs the evaluation on the dev sets. */
  public static void main(String[] args) throws IOException {
    DataFolder data = DataFolder.locate();
    Path copies = data.require(DataSet.DOC_GREY_COPIES);
    Path specimens = data.require(DataSet.ID_DOCUMENTS_MRZ);
    List<Sample> greyCard = new ArrayList<>();
    List<Sample> greyPage = new ArrayList<>();
    for (String line : Files.readAllLines(copies.resolve("labels.csv")).subList(1, 76)) {
      String[] cells = line.split(",");
      byte[] bytes = Files.readAllBytes(copies.resolve(cells[0]));
      RgbImage photo = SimulatedAttacks.decode(bytes);
      double[] q = quad(cells[3]);
      int width = 1000;
      int height = (int) Math.round(width * side(q, 1, 2) / side(q, 0, 1));
      RgbImage card = SimulatedAttacks.warp(photo, q, width, Math.max(200, Math.min(1600, height)));
      greyCard.add(new Sample("grey", cells[0], AuthenticityCues.measure(photo, card, DocumentQuad.of(q), bytes), true));
      greyPage.add(new Sample("grey-page", cells[0], AuthenticityCues.measure(photo, null, null, bytes), false));
    }
    List<Sample> genuine = new ArrayList<>();
    List<Sample> genuineJpeg = new ArrayList<>();
    List<Sample> screen = new ArrayList<>();
    List<Sample> edited = new ArrayList<>();
    List<Sample> control = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String line : Files.readAllLines(specimens.resolve("labels.csv")).subList(1, 42)) {
      files.add(line.split(",")[0]);
    }
    int[] located = new int[1];
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      byte[] bytes = Files.readAllBytes(specimens.resolve(file));
      RgbImage photo = SimulatedAttacks.decode(bytes);
      genuine.add(new Sample("genuine", file, AuthenticityCues.measure(photo, photo, null, bytes), false));
      Random random = new Random(1100 + i);
      RgbImage shown = SimulatedAttacks.screenRecapture(photo, 900, random);
      screen.add(new Sample("screen", file, AuthenticityCues.measure(shown, shown, null, null), false));
      RgbImage base = SimulatedAttacks.decode(SimulatedAttacks.jpeg(photo, 0.75f));
      RgbImage donor = SimulatedAttacks.decode(SimulatedAttacks.jpeg(
          SimulatedAttacks.decode(Files.readAllBytes(specimens.resolve(files.get((i + 7) % files.size())))), 0.75f));
      byte[] clean = SimulatedAttacks.jpeg(base, 0.9f);
      control.add(new Sample("control", file, AuthenticityCues.measure(SimulatedAttacks.decode(clean), null, null, clean), false));
      int[] region = SimulatedAttacks.pasteRegion(base, random);
      byte[] tampered = SimulatedAttacks.jpeg(SimulatedAttacks.paste(base, donor, region), 0.9f);
      AuthenticityCues cues = AuthenticityCues.measure(SimulatedAttacks.decode(tampered), null, null, tampered);
      boolean found = overlaps(cues.jpeg().region(cues.jpeg().grid(),
          DocumentSpoofPolicy.TAMPER_GRID.at(Level.STANDARD)), region);
      located[0] += found && !DocumentSpoofPolicy.TAMPER_GRID.passes(cues.jpeg().gridScore(), Level.STANDARD) ? 1 : 0;
      edited.add(new Sample("edited", file, cues, found));
      if (SimulatedAttacks.isJpegName(file)) {
        genuineJpeg.add(genuine.get(genuine.size() - 1));
      }
    }
    Report.cues("Measured cues (median [min, max])", List.of(greyCard, greyPage, genuine, screen, control, edited));
    Report.rates("DOC_PRINTED_COPY", DocumentSpoofEvaluation::printed, List.of(greyCard, greyPage, genuine, screen));
    Report.rates("DOC_SCREEN_RECAPTURE (simulated recaptures)", DocumentSpoofEvaluation::screen,
        List.of(screen, genuine, greyCard));
    Report.rates("DOC_TAMPERED (simulated edits)", DocumentSpoofEvaluation::tampered,
        List.of(edited, control, genuineJpeg));
    System.out.printf(Locale.ROOT, "%nEdits flagged at STANDARD whose reported region overlaps the pasted one: %d of %d%n",
        located[0], edited.size());
    Report.flagged("Genuine specimens flagged at STANDARD", genuine, Level.STANDARD);
    if (args.length > 0) {
      Report.dump(Path.of(args[0]), List.of(greyCard, greyPage, genuine, screen, control, edited));
    }
  }

  static Predicate<Sample> printed(Level level) {
    return s -> !DocumentSpoofPolicy.COLOUR_SPREAD.passes(s.cues().colour().spread(), level)
        || !DocumentSpoofPolicy.HALFTONE.passes(s.cues().spectrum().halftone(), level);
  }

  static Predicate<Sample> screen(Level level) {
    return s -> !DocumentSpoofPolicy.MOIRE.passes(s.cues().spectrum().moire(), level)
        || !DocumentSpoofPolicy.CAST.passes(s.cues().colour().cast(), level);
  }

  static Predicate<Sample> tampered(Level level) {
    return s -> s.cues().jpeg() != null && (!DocumentSpoofPolicy.TAMPER_GRID.passes(s.cues().jpeg().gridScore(), level)
        || !DocumentSpoofPolicy.TAMPER_NOISE.passes(s.cues().jpeg().noiseScore(), level));
  }

  static Level[] levels() {
    return LEVELS.clone();
  }

  private static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  private static double[] quad(String text) {
    String[] parts = text.trim().split(" ");
    double[] q = new double[8];
    for (int i = 0; i < 8; i++) {
      q[i] = Double.parseDouble(parts[i]);
    }
    return q;
  }

  private static double side(double[] q, int a, int b) {
    return Math.hypot(q[2 * b] - q[2 * a], q[2 * b + 1] - q[2 * a + 1]);
  }
}
