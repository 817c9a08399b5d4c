package org.kyc4j.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.api.Subject;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.DocumentCard;
import org.kyc4j.spi.DocumentCards;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.Keys;

/**
 * The {@code document.mrz} path for a subject that claims no MRZ lines: reads the zone from the
 * rectified cards ({@link Keys#DOCUMENT_CARDS}, when a locator provided them, then the whole page when
 * a card gives no valid zone) or the decoded pages, judges it by the engine clock and compares it with
 * the claimed fields. Stateless and thread-safe.
 */
final class MrzImageCheck {
  private MrzImageCheck() {}

  static Finding check(DetectionContext context, MrzImageReader reader, String unavailable) {
    if (reader == null) {
      return Finding.notSupported(MrzDetector.ID, Stage.DOCUMENT, "reading the MRZ from the document image needs "
          + "Tesseract's eng language data, which is not available: " + unavailable);
    }
    List<MrzImageReader.Source> sources = sources(context);
    if (sources.isEmpty()) {
      return Finding.skipped(MrzDetector.ID, Stage.DOCUMENT, "no MRZ lines were claimed and the request has no "
          + "decoded document page to read the MRZ from");
    }
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    MrzImageReader.Result result;
    try {
      result = reader.read(sources, today);
    } catch (LinkageError | IllegalStateException e) {
      return Finding.notSupported(MrzDetector.ID, Stage.DOCUMENT, "the MRZ recogniser (Tesseract) could not run: "
          + e.getMessage());
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("source", "image");
    evidence.put("pages", String.valueOf(result.images()));
    if (!result.found()) {
      return fail(ReasonCode.DOC_MRZ_UNREADABLE, "no machine-readable zone could be read from the "
          + result.images() + " document image(s)", evidence);
    }
    return judge(context, result, today, evidence);
  }

  private static Finding judge(DetectionContext context, MrzImageReader.Result result, LocalDate today,
      Map<String, String> evidence) {
    MrzReading reading = result.decided().reading();
    evidence.put("format", reading.format().name());
    evidence.put("votes", String.valueOf(result.votes()));
    if (!reading.valid()) {
      evidence.put("failingFields", reading.failingFields().stream().map(MrzField::code)
          .collect(Collectors.joining(",")));
      return fail(ReasonCode.DOC_MRZ_INVALID, "the " + reading.format() + " MRZ read from the image is invalid: "
          + reading.problems().stream().map(MrzProblem::message).collect(Collectors.joining("; ")), evidence);
    }
    Subject subject = context.request().subject();
    List<String> mismatches = new ArrayList<>(MrzDetector.mismatches(reading, subject));
    if (subject.name() != null && !nameMatches(subject.name(), reading)) {
      mismatches.add("name");
    }
    if (!mismatches.isEmpty()) {
      evidence.put("mismatchedFields", String.join(",", mismatches));
      return fail(ReasonCode.DOC_FIELD_MISMATCH, "the MRZ read from the image disagrees with the claimed "
          + String.join(", ", mismatches), evidence);
    }
    evidence.put("expiry", reading.expiry().toString());
    if (reading.expiry().isBefore(today)) {
      return fail(ReasonCode.DOC_EXPIRED, "the document expired on " + reading.expiry() + ", before "
          + today + " (engine clock)", evidence);
    }
    context.put(Keys.DOCUMENT_FIELDS, new DocumentFields(fields(result.decided())));
    return Finding.pass(MrzDetector.ID, Stage.DOCUMENT, Double.NaN, Double.NaN, evidence);
  }

  /** The fields read, by the shared {@link DocumentFields} names. */
  static Map<String, String> fields(MrzCorrection.Decided decided) {
    Map<String, String> fields = new LinkedHashMap<>(decided.reading().toFields());
    fields.put(DocumentFields.ID_NUMBER, decided.reading().documentNumber());
    fields.put(DocumentFields.MRZ_LINES, String.join("|", decided.lines()));
    return fields;
  }

  private static List<MrzImageReader.Source> sources(DetectionContext context) {
    Optional<DecodedImages> images = context.find(Keys.IMAGES);
    Optional<DocumentCards> cards = context.find(Keys.DOCUMENT_CARDS);
    List<MrzImageReader.Source> sources = new ArrayList<>();
    for (Map.Entry<Page, RgbImage> page : images.map(DecodedImages::pages).orElse(Map.of()).entrySet()) {
      Optional<DocumentCard> card = cards.flatMap(c -> c.find(page.getKey()));
      sources.add(card.map(c -> new MrzImageReader.Source(c.rectified(), true, page.getValue()))
          .orElse(new MrzImageReader.Source(page.getValue(), false)));
    }
    return sources;
  }

  /**
   * Returns whether the claimed name holds the MRZ's names: the same letters (accents removed) in
   * either order, allowing the MRZ's truncation of a long name.
   */
  static boolean nameMatches(String claimed, MrzReading reading) {
    String wanted = letters(claimed);
    String surname = letters(reading.surname());
    String given = letters(reading.givenNames());
    for (String order : List.of(surname + given, given + surname)) {
      if (!order.isEmpty() && (wanted.equals(order) || order.length() >= 25 && wanted.startsWith(order))) {
        return true;
      }
    }
    return false;
  }

  private static String letters(String text) {
    String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
  }

  private static Finding fail(ReasonCode code, String message, Map<String, String> evidence) {
    return Finding.of(MrzDetector.ID, Stage.DOCUMENT, Outcome.FAIL, code, message, Double.NaN, Double.NaN,
        evidence);
  }
}
