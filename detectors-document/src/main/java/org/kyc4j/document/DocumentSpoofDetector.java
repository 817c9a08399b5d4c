package org.kyc4j.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kyc4j.api.DocumentCheck;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.document.internal.AuthenticityCues;
import org.kyc4j.document.internal.JpegTraces;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.ThresholdTable;

/**
 * Judges whether each document page is the original: a screen recapture (moire and pixel-grid peaks,
 * a display's colour cast) and a printed copy (a colour card's colour spread collapsed, halftone peaks)
 * FAIL; a JPEG photo with a pasted region (double-compression ghost, noise-level mismatch) asks for
 * REVIEW with the region as evidence. Works on {@link Keys#DOCUMENT_CARDS}' card when located, else on
 * the whole photo; every cue has its table in {@link DocumentSpoofPolicy}. Stateless and thread-safe.
 */
final class DocumentSpoofDetector implements Detector {
  static final String ID = "document.anti-spoof";

  /** One failed cue: its reason, table, score and what it means. */
  private record Failure(ReasonCode reason, ThresholdTable table, double score, Page page, String what) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Stage stage() {
    return Stage.DOCUMENT;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.IMAGES);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.DOCUMENT_CARDS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of();
  }

  @Override
  public ProductConfig.Check check() {
    return ProductConfig.Check.DOCUMENT_ANTI_SPOOF;
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.ID_RECOGNITION);
  }

  @Override
  public ThresholdTable thresholds() {
    return DocumentSpoofPolicy.COLOUR_SPREAD;
  }

  @Override
  public Finding detect(DetectionContext context) {
    Objects.requireNonNull(context, "context");
    DecodedImages images = context.get(Keys.IMAGES);
    if (images.pages().isEmpty()) {
      return Finding.skipped(ID, Stage.DOCUMENT, "the request has no document page to judge");
    }
    Optional<DocumentCards> cards = context.find(Keys.DOCUMENT_CARDS);
    Level level = context.level();
    Map<String, String> evidence = new LinkedHashMap<>();
    List<Failure> failures = new ArrayList<>();
    double spread = Double.POSITIVE_INFINITY;
    for (Map.Entry<Page, RgbImage> page : images.pages().entrySet()) {
      Optional<DocumentCard> card = cards.flatMap(c -> c.find(page.getKey()));
      AuthenticityCues cues = AuthenticityCues.measure(page.getValue(), card.map(DocumentCard::rectified).orElse(null),
          card.map(DocumentCard::corners).orElse(null), bytes(context, page.getKey()));
      String prefix = page.getKey().name().toLowerCase(Locale.ROOT) + ".";
      judge(page.getKey(), cues, level, failures, evidence, prefix);
      if (page.getKey() == Page.FRONT) {
        spread = cues.colour().spread();
      }
    }
    evidence.put("level", level.name());
    categories(failures, evidence);
    if (failures.isEmpty()) {
      return Finding.pass(ID, Stage.DOCUMENT, spread, DocumentSpoofPolicy.COLOUR_SPREAD.at(level), evidence);
    }
    Failure first = failures.get(0);
    Outcome outcome = first.reason() == ReasonCode.DOC_TAMPERED ? Outcome.REVIEW : Outcome.FAIL;
    String message = "the " + first.page().name().toLowerCase(Locale.ROOT) + " page " + first.what() + " ("
        + first.table().metric() + " is " + PageQualityDetector.format(first.score()) + "; "
        + (first.table().passWhen() == ThresholdTable.PassWhen.AT_LEAST ? "at least " : "at most ")
        + PageQualityDetector.format(first.table().at(level)) + " passes at " + level + ")";
    return Finding.of(ID, Stage.DOCUMENT, outcome, first.reason(), message, first.score(), first.table().at(level),
        evidence);
  }

  /** Reports the three categories this detector judges ({@link DocumentCheck}): FAIL, REVIEW or PASS each. */
  private static void categories(List<Failure> failures, Map<String, String> evidence) {
    Map<DocumentCheck, ReasonCode> judged = Map.of(DocumentCheck.SCREEN_RECAPTURE_CHECK,
        ReasonCode.DOC_SCREEN_RECAPTURE, DocumentCheck.MATERIAL_CHECK, ReasonCode.DOC_PRINTED_COPY,
        DocumentCheck.TAMPER_CHECK, ReasonCode.DOC_TAMPERED);
    for (DocumentCheck check : List.of(DocumentCheck.TAMPER_CHECK, DocumentCheck.MATERIAL_CHECK,
        DocumentCheck.SCREEN_RECAPTURE_CHECK)) {
      boolean failed = failures.stream().anyMatch(f -> f.reason() == judged.get(check));
      Outcome outcome = !failed ? Outcome.PASS : check == DocumentCheck.TAMPER_CHECK ? Outcome.REVIEW : Outcome.FAIL;
      evidence.put(check.evidenceKey(), outcome.name());
    }
  }

  /** Adds the page's cues to the evidence and its failed cues, screen first, then print, then tampering. */
  private static void judge(Page page, AuthenticityCues cues, Level level, List<Failure> failures,
      Map<String, String> evidence, String prefix) {
    evidence.put(prefix + "colourOn", cues.onCard() ? "card" : "photo");
    put(evidence, prefix + "colourSpread", cues.colour().spread());
    put(evidence, prefix + "colourCast", cues.colour().cast());
    put(evidence, prefix + "moire", cues.spectrum().moire());
    put(evidence, prefix + "halftone", cues.spectrum().halftone());
    check(failures, ReasonCode.DOC_SCREEN_RECAPTURE, DocumentSpoofPolicy.MOIRE, cues.spectrum().moire(), level, page,
        "shows a screen's moire or pixel grid");
    check(failures, ReasonCode.DOC_SCREEN_RECAPTURE, DocumentSpoofPolicy.CAST, cues.colour().cast(), level, page,
        "has a display's colour cast");
    if (page == Page.FRONT) {
      check(failures, ReasonCode.DOC_PRINTED_COPY, DocumentSpoofPolicy.COLOUR_SPREAD, cues.colour().spread(), level,
          page, "has almost no colour, as a black-and-white copy");
    }
    check(failures, ReasonCode.DOC_PRINTED_COPY, DocumentSpoofPolicy.HALFTONE, cues.spectrum().halftone(), level,
        page, "shows a print's halftone screen");
    JpegTraces.Measure jpeg = cues.jpeg();
    if (jpeg == null) {
      evidence.put(prefix + "jpeg", "false");
      return;
    }
    put(evidence, prefix + "ghost", jpeg.gridScore());
    put(evidence, prefix + "noiseMismatch", jpeg.noiseScore());
    int before = failures.size();
    check(failures, ReasonCode.DOC_TAMPERED, DocumentSpoofPolicy.TAMPER_GRID, jpeg.gridScore(), level, page,
        "has a region whose compression history differs from the photo's");
    if (failures.size() > before) {
      evidence.put(prefix + "tamperRegion", region(jpeg.region(jpeg.grid(), DocumentSpoofPolicy.TAMPER_GRID.at(level))));
    }
    before = failures.size();
    check(failures, ReasonCode.DOC_TAMPERED, DocumentSpoofPolicy.TAMPER_NOISE, jpeg.noiseScore(), level, page,
        "has a region whose noise level differs from the photo's");
    if (failures.size() > before) {
      evidence.putIfAbsent(prefix + "tamperRegion", region(jpeg.region(jpeg.noise(),
          DocumentSpoofPolicy.TAMPER_NOISE.at(level))));
    }
  }

  private static void check(List<Failure> failures, ReasonCode reason, ThresholdTable table, double score,
      Level level, Page page, String what) {
    if (!table.passes(score, level)) {
      failures.add(new Failure(reason, table, score, page, what));
    }
  }

  private static byte[] bytes(DetectionContext context, Page page) {
    for (DocumentImage document : context.request().documents()) {
      if (document.page() == page && document.kind() == PhotoKind.PLAIN) {
        return document.bytes();
      }
    }
    return null;
  }

  private static String region(int[] r) {
    return r[0] + "," + r[1] + "," + r[2] + "," + r[3];
  }

  private static void put(Map<String, String> evidence, String name, double value) {
    evidence.put(name, PageQualityDetector.format(value));
  }
}
